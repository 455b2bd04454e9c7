import { type StackHandles } from './stack-handles';

export default async function teardown(): Promise<void> {
  const stack = (globalThis as { dondocStack?: StackHandles }).dondocStack;
  for (const stop of (stack?.stops ?? []).reverse()) await stop();
}
