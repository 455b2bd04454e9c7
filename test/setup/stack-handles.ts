export interface StackHandles {
  stops: Array<() => Promise<void>>;
}
