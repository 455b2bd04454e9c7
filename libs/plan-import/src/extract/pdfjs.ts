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
    loaded = keepingNativeBuiltIns(() => {
      const api = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
      // pdf.js parses on this thread: its worker module sets `globalThis.pdfjsWorker`, which pdf.js then runs in
      // place of a worker. Loaded now, so its polyfills are undone with the rest; nothing is fetched.
      require('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return api;
    });
  }
  return loaded;
}

/**
 * On Node 20 the legacy build's core-js replaces Array.prototype.push, JSON.parse and JSON.stringify for edge cases
 * pdf.js never meets (a length past 2^32, JSON.rawJSON); its push made reading a PDF, and every push on the thread
 * after it, a third slower (bench:parse). They are put back; what core-js adds (Promise.withResolvers, …) stays.
 */
function keepingNativeBuiltIns<T>(load: () => T): T {
  // The realm Node's require loads into: under jest, not the test's sandbox.
  const realm = process.getBuiltinModule('node:vm').runInThisContext('globalThis') as typeof globalThis;
  const owners: object[] = [realm.Array.prototype, realm.JSON];
  const natives = owners.map((owner) => Object.getOwnPropertyDescriptors(owner));
  try {
    return load();
  } finally {
    owners.forEach((owner, i) => {
      for (const [key, native] of Object.entries(natives[i])) {
        if (!Object.is(Object.getOwnPropertyDescriptor(owner, key)?.value, native.value)) {
          Object.defineProperty(owner, key, native);
        }
      }
    });
  }
}
