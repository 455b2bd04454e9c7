import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { imageOnlyPdf } from './pdf-documents';

/** 200 dpi grey: what an office scanner's default "document" setting makes. */
const SCAN_DPI = 200;

/** A text PDF as a scanner returns it: each page a grey image, no text layer. */
export async function scannedPdf(textPdf: Buffer, tools: { pdftoppm: string }): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'dondoc-scan-'));
  try {
    await writeFile(join(dir, 'printed.pdf'), textPdf);
    await promisify(execFile)(tools.pdftoppm, ['-r', String(SCAN_DPI), '-gray', '-png', 'printed.pdf', 'page'], {
      cwd: dir,
    });
    // pdftoppm pads the page numbers to one width, so the names sort in page order.
    const pages = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    return await imageOnlyPdf(await Promise.all(pages.map((name) => readFile(join(dir, name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
