import { loadDevstackConfig } from '@dondoc/config';
import { resolveSchemathesis, step } from '@dondoc/devstack';

/** Finds (installing from PyPI into the cache, on first use) the OpenAPI tester the contract test runs. */
export function provisionSchemathesis(): Promise<string> {
  const config = loadDevstackConfig();
  return resolveSchemathesis({ explicit: config.schemathesis, cacheDir: config.cacheDir });
}

if (require.main === module) {
  provisionSchemathesis()
    .then((path) => step(`Schemathesis: ${path}`))
    .catch((error: unknown) => {
      step(String(error instanceof Error ? error.message : error));
      process.exit(1);
    });
}
