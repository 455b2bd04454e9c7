import { type MigrationInterface, type QueryRunner } from 'typeorm';

const DASHES = '\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212';

/** Search keys fold en dashes and the like into a hyphen: a name typed or read by OCR with "-" finds "–". */
export class FoldDashesInSearchKeys1765900000000 implements MigrationInterface {
  name = 'FoldDashesInSearchKeys1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['agencies', 'agency_groups']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "search_key" = translate("search_key", E'${DASHES}', '-------')
          WHERE "search_key" ~ E'[${DASHES}]'`,
      );
    }
  }

  /** The keys stay folded: the older code reads them as plain text, and finds hyphenated names as before. */
  async down(): Promise<void> {}
}
