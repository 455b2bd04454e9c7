import { type OcrTools, resolveOcrTools, step } from '@dondoc/devstack';

/** Finds (installing with apt-get as root, on first use) Tesseract with Vietnamese and pdftoppm, to read scans. */
export function provisionOcr(): Promise<OcrTools> {
  return resolveOcrTools();
}

if (require.main === module) {
  provisionOcr()
    .then(({ tesseract, pdftoppm }) => step(`OCR: ${tesseract}, ${pdftoppm}`))
    .catch((error: unknown) => {
      step(String(error instanceof Error ? error.message : error));
      process.exit(1);
    });
}
