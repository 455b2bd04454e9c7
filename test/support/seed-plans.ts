import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const DIRECTORY = path.resolve(__dirname, '../../data/directories/lai-chau.json');

/** A seed plan from ../shared/seeds by its number prefix ('002', '003'). */
export function seed(prefix: string): { name: string; bytes: Buffer } {
  const name = ['002_184fe1a3dcbe262e.txt', '003_6c8062d09899e977.txt'].find((file) => file.startsWith(prefix)) ?? '';
  const file = path.join(SEEDS, name);
  if (!existsSync(file)) throw new Error(`seed plan ${file} is missing: the e2e tests read ../shared/seeds`);
  return { name, bytes: readFileSync(file) };
}

/** A seed plan's first lines: a scan of the whole of 003 (nine pages) costs its OCR a test's worth of time. */
export const seedOpening = (prefix: string, lines: number): string =>
  seed(prefix).bytes.toString('utf8').split('\n').slice(0, lines).join('\n');

export interface DirectoryFile {
  province: string;
  agencies: Array<{ code: string; parentCode?: string | null } & Record<string, unknown>>;
  groups: Array<{ code: string; members: string[] } & Record<string, unknown>>;
}

/** The Lai Châu directory under codes and a province of this test's own, so no other test's agency can clash. */
export function laiChauDirectory(province: string): DirectoryFile {
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const code = (c: string) => `${tag}-${c}`;
  const file = JSON.parse(readFileSync(DIRECTORY, 'utf8')) as DirectoryFile;
  return {
    province,
    agencies: file.agencies.map((a) => ({
      ...a,
      code: code(a.code),
      parentCode: a.parentCode ? code(a.parentCode) : null,
    })),
    groups: file.groups.map((g) => ({ ...g, code: code(g.code), members: g.members.map(code) })),
  };
}

/** A province name the inference can read ("tỉnh Lai Châu Qxyz…"): capitalised words only. */
export const ownProvince = (): string => {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Lai Châu ${letters[0].toUpperCase()}${letters.slice(1)}`;
};

/** The Lai Châu directory with addresses of one test's own, so no other test's mail to it is counted there. */
export function directoryMailedAt(tag: string): DirectoryFile {
  const directory = laiChauDirectory(ownProvince());
  for (const agency of directory.agencies) {
    agency.focalEmails = (agency.focalEmails as string[]).map((email) => `${tag}${process.pid}.${email}`);
  }
  return directory;
}

/**
 * How many plans were imported from these exact bytes (into `province`, where given). A refused upload must leave this
 * unchanged; counting every plan instead would see the plans other test files import into the shared database
 * meanwhile, and another file may upload the same seed's bytes at the same moment.
 */
export async function plansImportedFrom(app: INestApplication, bytes: Buffer, province?: string): Promise<number> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const [{ count }] = await app
    .get(DataSource)
    .query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM plans WHERE source_document->>'sha256' = $1 AND ($2::text IS NULL OR province = $2)`,
      [sha256, province ?? null],
    );
  return count;
}
