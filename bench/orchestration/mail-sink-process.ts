// The bench's mail sink as a process of its own (forked by bench-sink.ts), so that parsing thousands of mails is
// not counted as the in-process worker's CPU. It answers its parent over IPC.
import { startMailSink } from '@dondoc/devstack';
import { type SinkReply, type SinkRequest, lightMail } from './bench-sink';

async function main(): Promise<void> {
  const sink = await startMailSink({ smtpPort: 0, httpPort: 0 });
  const reply = (message: SinkReply) => process.send!(message);
  process.on('message', ({ id, phrase }: SinkRequest) =>
    reply({
      id,
      mails: sink
        .messages()
        .filter((mail) => mail.subject.includes(phrase))
        .map(lightMail),
    }),
  );
  // The bench ended, however it ended: nothing is left to answer.
  process.on('disconnect', () => void sink.stop().finally(() => process.exit(0)));
  reply({ id: 0, mails: [], smtpPort: sink.smtpPort });
}

void main().catch((error: unknown) => {
  process.stderr.write(`mail sink failed: ${String(error)}\n`);
  process.exit(1);
});
