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
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  stops.push(async () => {
    if (child.connected) child.disconnect();
    const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  });
  const waiting = new Map<number, (reply: SinkReply) => void>();
  child.on('message', (reply: SinkReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let lastId = 0;
  const ask = (phrase: string) =>
    new Promise<SinkReply>((answer, reject) => {
      const request: SinkRequest = { id: (lastId += 1), phrase };
      waiting.set(request.id, answer);
      child.send(request, (error) => error && reject(error));
      void exited.then(() => reject(new Error('the mail sink exited')));
    });
  const ready = await new Promise<SinkReply>((answer, reject) => {
    waiting.set(0, answer);
    void exited.then(() => reject(new Error('the mail sink exited before it listened')));
  });
  return {
    smtpPort: ready.smtpPort!,
    mails: async (phrase) => (await ask(phrase)).mails,
  };
}
