import { readFile } from 'fs/promises';
import * as path from 'path';
import { type PlanDraft, PlanImportException, extractText, parsePlanText } from '@dondoc/plan-import';

const USAGE = 'Usage: npm run --silent plan:parse -- FILE [--json]';

function summary(draft: PlanDraft, file: string): string {
  const lines = [
    `${path.basename(file)}: ${draft.kind}${draft.number ? ` ${draft.number}` : ''}`,
    `  issuer: ${draft.issuer ?? '—'}   issued: ${draft.issuedDate ?? '—'}   period: ${draft.period?.text ?? '—'}`,
    `  basis: ${draft.basis.join('; ') || '—'}`,
    `  standing office: ${draft.standingOffice ?? '—'}`,
    `  tasks: ${draft.tasks.length}`,
    ...draft.tasks.map(
      (t) =>
        `    ${t.code.padEnd(7)} ${t.title}\n            lead: ${t.lead.join('; ') || '—'} | time: ${t.timeframe ?? '—'}`,
    ),
    `  report deadlines: ${draft.reportDeadlines.map((r) => `${r.who ?? '?'} → ${r.to ?? '?'} (${r.deadline})`).join('; ') || '—'}`,
    `  warnings: ${draft.warnings.length}`,
    ...draft.warnings.map((w) => `    [${w.code}]${w.where ? ` ${w.where}:` : ''} ${w.message}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = files[0];
  try {
    const text = await extractText(await readFile(file), file);
    const draft = parsePlanText(text);
    process.stdout.write(argv.includes('--json') ? `${JSON.stringify(draft, null, 2)}\n` : `${summary(draft, file)}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof PlanImportException
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`plan:parse: ${file}: ${message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plan:parse: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
