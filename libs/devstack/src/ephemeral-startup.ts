// The SDK gives the server it spawns a fixed five seconds to answer, and kills it after. A JVM on a busy machine
// can take longer, which is no fault of the server, so such a start is simply tried again.
const SLOW_BOOT = /ephemeral server at .* did not start within/;

/** Runs `start` (which spawns an SDK ephemeral server) up to `attempts` times while the server only booted slowly. */
export async function startPastSlowBoots<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !SLOW_BOOT.test(String((error as Error)?.message ?? error))) throw error;
    }
  }
}
