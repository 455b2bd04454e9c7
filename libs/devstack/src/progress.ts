/** Long provisioning steps print where they are, so a first run of several minutes never looks hung. */
export function step(message: string): void {
  process.stderr.write(`[dondoc] ${message}\n`);
}

export function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}
