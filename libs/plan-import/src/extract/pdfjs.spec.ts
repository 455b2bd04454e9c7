import { runInNewContext, runInThisContext } from 'node:vm';
import { buildPdf } from '../../../../test/fixtures/plan-import/document-builders';
import { extractText } from './extract-text';
import { pdfJs } from './pdfjs';

describe('pdfJs', () => {
  it('leaves the thread’s Array.prototype.push and JSON native once a PDF is read', async () => {
    pdfJs();
    await extractText(buildPdf(['KE HOACH']), 'plan.pdf');
    // The realm pdf.js runs in (under jest, not this sandbox); core-js disguises its own toString, a fresh realm's does not.
    const realm = runInThisContext('globalThis') as typeof globalThis;
    const sourceOf = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
    const builtIns = { push: realm.Array.prototype.push, parse: realm.JSON.parse, stringify: realm.JSON.stringify };
    for (const [name, builtIn] of Object.entries(builtIns)) {
      expect(sourceOf.call(builtIn)).toBe(`function ${name}() { [native code] }`);
    }
  });
});
