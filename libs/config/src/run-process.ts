import { ConfigError } from './env-reader';

/** A process's entry point: an invalid configuration is printed as the list it is, anything else with its stack. */
export function runProcess(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exit(1);
  });
}
