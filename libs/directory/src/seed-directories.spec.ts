import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { buildNameIndex } from './name-index';
import { parseDirectory } from './parse-directory';

const DIRECTORIES = path.resolve(__dirname, '../../../data/directories');
const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

interface ExpectedSeed {
  tasks: Array<{ code: string; lead: string[]; coordinating: string[] }>;
}

const directories = readdirSync(DIRECTORIES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const parsed = parseDirectory({ text: readFileSync(path.join(DIRECTORIES, file), 'utf8'), format: 'json' });
    const province = parsed.accepted[0]?.province ?? file;
    return { file, province, parsed, index: buildNameIndex(parsed.accepted, parsed.groups) };
  });

/** The seed's province is the directory province its text names most often. */
function provinceOf(text: string): string {
  const mentions = (province: string) => text.split(province).length - 1;
  return directories.map((d) => d.province).sort((a, b) => mentions(b) - mentions(a))[0];
}

const seeds = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => {
    const base = file.replace(/\.expected\.json$/, '');
    const text = readFileSync(path.join(SEEDS, `${base}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(SEEDS, file), 'utf8')) as ExpectedSeed;
    const names = expected.tasks.flatMap((task) => [...task.lead, ...task.coordinating]);
    return { base, province: provinceOf(text), names: [...new Set(names)] };
  });

describe('seed directories (data/directories)', () => {
  it('holds one directory per province the seeds come from', () => {
    expect(directories.map((d) => d.province).sort()).toEqual(['Lai Châu', 'Lạng Sơn']);
    expect(seeds.map((s) => `${s.base.slice(0, 3)} ${s.province}`)).toEqual([
      '000 Lai Châu',
      '001 Lạng Sơn',
      '002 Lai Châu',
      '003 Lai Châu',
    ]);
  });

  it.each(directories)('$file parses with no rejected row, every group member known', ({ parsed, province }) => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted.length).toBeGreaterThan(30);
    expect(parsed.accepted.every((agency) => agency.province === province)).toBe(true);
    expect(parsed.groups.every((group) => group.province === province)).toBe(true);
  });

  it.each(directories)('$file gives every name, short name, alias and phrase a single owner', ({ index }) => {
    expect(index.ambiguous).toEqual([]);
  });

  it.each(directories)('$file uses only placeholder emails on the reserved dondoc.invalid domain', ({ parsed }) => {
    const emails = parsed.accepted.flatMap((agency) => [...agency.focalEmails, agency.headEmail ?? '']);
    expect(emails.filter((email) => !email.endsWith('.dondoc.invalid'))).toEqual([]);
  });

  it.each(seeds)(
    '$base: every lead and coordinating name resolves in the $province directory',
    ({ province, names }) => {
      const directory = directories.find((d) => d.province === province);
      const unresolved = names.filter((name) => directory?.index.resolve(name) === null);
      expect(unresolved).toEqual([]);
    },
  );
});
