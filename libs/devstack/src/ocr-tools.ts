import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ensureDebianPackages } from './debian-packages';
import { isExecutable } from './executables';

/** What reading a scanned plan runs: Tesseract for the words, pdftoppm (poppler) for the page images. */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

export const DEBIAN_TESSERACT = '/usr/bin/tesseract';
export const DEBIAN_PDFTOPPM = '/usr/bin/pdftoppm';
/** Tesseract's trained data for Vietnamese: without it every diacritic is guessed from English. */
export const OCR_LANGUAGE = 'vie';

const HINT = `set TESSERACT_PATH (a tesseract with the ${OCR_LANGUAGE} language) and PDFTOPPM_PATH`;

/**
 * The OCR tools: TESSERACT_PATH and PDFTOPPM_PATH, or Debian's, installed with apt-get as root on first use;
 * otherwise an error saying what to install. The tesseract must know Vietnamese.
 */
export async function resolveOcrTools(env: NodeJS.ProcessEnv = process.env): Promise<OcrTools> {
  const tesseract = explicitExecutable(env, 'TESSERACT_PATH');
  const pdftoppm = explicitExecutable(env, 'PDFTOPPM_PATH');
  await ensureDebianPackages({
    what: 'OCR (Tesseract with Vietnamese, poppler)',
    packages: [
      ...(tesseract ? [] : ['tesseract-ocr', `tesseract-ocr-${OCR_LANGUAGE}`]),
      ...(pdftoppm ? [] : ['poppler-utils']),
    ],
    binaries: [...(tesseract ? [] : [DEBIAN_TESSERACT]), ...(pdftoppm ? [] : [DEBIAN_PDFTOPPM])],
    hint: HINT,
    isComplete: () => (tesseract ? Promise.resolve(true) : knowsVietnamese(DEBIAN_TESSERACT)),
  });
  const tools = { tesseract: tesseract ?? DEBIAN_TESSERACT, pdftoppm: pdftoppm ?? DEBIAN_PDFTOPPM };
  if (!(await knowsVietnamese(tools.tesseract))) {
    throw new Error(
      `${tools.tesseract} has no '${OCR_LANGUAGE}' language (tesseract --list-langs): ` +
        `install Debian's tesseract-ocr-${OCR_LANGUAGE}, or ${HINT}.`,
    );
  }
  return tools;
}

function explicitExecutable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const path = env[name];
  if (path && !isExecutable(path)) throw new Error(`${name}=${path} is not an executable file`);
  return path || undefined;
}

async function knowsVietnamese(tesseract: string): Promise<boolean> {
  if (!isExecutable(tesseract)) return false;
  try {
    // Tesseract 3 printed the list on stderr, later versions on stdout.
    const { stdout, stderr } = await promisify(execFile)(tesseract, ['--list-langs'], { timeout: 30_000 });
    return `${stdout}\n${stderr}`.split('\n').some((line) => line.trim() === OCR_LANGUAGE);
  } catch {
    return false;
  }
}
