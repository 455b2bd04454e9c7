import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist';

export type PdfJs = typeof PdfJsModule;

let loaded: PdfJs | undefined;

/**
 * pdf.js ships only as ESM. Node's own `require` loads ESM without top-level await (Node ≥ 20.19); taken from
 * `process.getBuiltinModule` it is Node's even inside jest's sandbox, where `import()` and `createRequire` are not.
 */
export function pdfJs(): PdfJs {
  if (loaded === undefined) {
    // Shadows jest's require with Node's; named `require` so the production import graph sees the package.
    const require = process.getBuiltinModule('node:module').createRequire(__filename);
    loaded = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
    // pdf.js parses on this thread (its "fake worker"), loaded from the local file: nothing is fetched.
    loaded.GlobalWorkerOptions.workerSrc = pathToFileURL(
      require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ).href;
  }
  return loaded;
}
