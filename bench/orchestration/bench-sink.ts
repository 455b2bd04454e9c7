import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { type SunkMail } from '@dondoc/devstack';

/** What the benches read of a sunk mail: enough to count, dedupe and time it. */
export type BenchMail = Pick<SunkMail, 'messageId' | 'to' | 'subject' | 'receivedAt'>;

export interface SinkRequest {
  id: number;
  phrase: string;
}
export interface SinkReply {
  id: number;
  mails: BenchMail[];
  /** In the first message only, once the sink listens. */
  smtpPort?: number;
}

export const lightMail = ({ messageId, to, subject, receivedAt }: SunkMail): BenchMail => ({
  messageId,
  to,
  subject,
  receivedAt,
});

export interface BenchSink {
  smtpPort: number;
  /** The mails whose subject holds `phrase`, in the order received. */
  mails(phrase: string): Promise<BenchMail[]>;
}

const root = resolve(__dirname, '../..');

/**
 * libs/devstack's mail sink in a process of its own, so that its parsing shows in `--cpu` as the bench's sink and
 * not as the in-process worker's main thread and GC. Stopped with the bench (its stop is pushed at once).
 */
export async function startBenchSink(stops: Array<() => Promise<void>>): Promise<BenchSink> {
  const child = fork(resolve(__dirname, 'mail-sink-process.ts'), [], {
    cwd: root,
    execArgv: ['-r', 'ts-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, { answer: (reply: SinkReply) => void; reject: (error: Error) => void }>();
  let gone: Error | null = null;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      gone = new Error(`the bench's mail sink exited (${code})`);
      for (const { reject } of waiting.values()) reject(gone);
      waiting.clear();
      done();
    }),
  );
  stops.push(async () => {
    if (child.connected) child.disconnect();
    const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  });
  child.on('message', (reply: SinkReply) => {
    waiting.get(reply.id)?.answer(reply);
    waiting.delete(reply.id);
  });
  let lastId = 0;
  /** Request 0 is the sink's first message, sent once it listens. */
  const ask = (request: SinkRequest | null) =>
    new Promise<SinkReply>((answer, reject) => {
      if (gone) return reject(gone);
      const id = request?.id ?? 0;
      waiting.set(id, { answer, reject });
      if (request) child.send(request, (error) => error && reject(error));
    });
  const ready = await ask(null);
  return {
    smtpPort: ready.smtpPort!,
    mails: async (phrase) => (await ask({ id: (lastId += 1), phrase })).mails,
  };
}
