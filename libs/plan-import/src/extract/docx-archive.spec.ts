import { buildDocx } from '../../../../test/fixtures/plan-import/document-builders';
import { checkDocxArchive } from './docx-archive';
import { DEFAULT_EXTRACTION_LIMITS } from './extraction-limits';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { buildDeflatedDocx, lyingZipBombDocx, zipBombDocx } from './testing/hostile-documents';

function refusal(zip: Buffer, limits = DEFAULT_EXTRACTION_LIMITS): { code: string; message: string } | null {
  try {
    checkDocxArchive(zip, limits);
    return null;
  } catch (error) {
    if (!(error instanceof PlanImportException)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('checkDocxArchive', () => {
  it('lets a stored and a deflated Word document through', () => {
    expect(refusal(buildDocx(['KẾ HOẠCH']))).toBeNull();
    expect(refusal(buildDeflatedDocx(['KẾ HOẠCH', 'Sở Tư pháp chủ trì']))).toBeNull();
  });

  it('refuses a zip bomb by what its directory declares, naming the 50 MB cap', () => {
    const bomb = zipBombDocx(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toEqual({
      code: PlanImportErrorCode.DocumentTooLargeUnpacked,
      message: expect.stringContaining('at most 50 MB') as string,
    });
  });

  it('refuses an entry that inflates past the size it declares', () => {
    expect(refusal(lyingZipBombDocx(60))).toEqual({
      code: PlanImportErrorCode.DocumentTooLargeUnpacked,
      message: expect.stringContaining('unpacks past the 1024 bytes it declares') as string,
    });
  });

  it('refuses an archive of more entries than the cap', () => {
    const many = buildDeflatedDocx(
      ['KẾ HOẠCH'],
      Array.from({ length: 20 }, (_, n) => ({ name: `word/media/${n}.bin`, data: Buffer.from('x') })),
    );
    expect(refusal(many, { ...DEFAULT_EXTRACTION_LIMITS, maxZipEntries: 10 })?.code).toBe(
      PlanImportErrorCode.DocumentTooLargeUnpacked,
    );
  });

  it.each([
    ['a truncated archive', buildDeflatedDocx(['KẾ HOẠCH']).subarray(0, 200)],
    ['no archive at all', Buffer.from('PK\u0003\u0004 not really', 'latin1')],
  ])('refuses %s as corrupt', (_what, zip) => {
    expect(refusal(zip)?.code).toBe(PlanImportErrorCode.CorruptFile);
  });
});
