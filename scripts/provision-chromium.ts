import { resolveChromium, step } from '@dondoc/devstack';

/** Finds (installing with apt-get as root, on first use) the Chromium the browser tests drive. */
export function provisionChromium(): Promise<string> {
  return resolveChromium();
}

if (require.main === module) {
  provisionChromium()
    .then((path) => step(`Chromium: ${path}`))
    .catch((error: unknown) => {
      step(String(error instanceof Error ? error.message : error));
      process.exit(1);
    });
}
