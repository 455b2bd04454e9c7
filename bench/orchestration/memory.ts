/** The process's resident memory and main-thread heap, in MiB, after a collection when --expose-gc allows one. */
export function memorySample(): { rssMiB: number; heapUsedMiB: number } {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: rss / 2 ** 20, heapUsedMiB: heapUsed / 2 ** 20 };
}
