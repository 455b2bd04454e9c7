import * as field from './agency-fields';
import { type GroupInput, type RejectedRow } from './directory.types';
import { type RawGroup } from './read-json';
import { type NumberedRaw } from './read-csv';

function readGroup(raw: RawGroup, defaultProvince: string | null): GroupInput {
  const province = field.optionalText(raw.province, 'province') ?? defaultProvince;
  if (!province) throw new field.FieldError('missing province');
  return {
    code: field.code(raw.code),
    name: field.requiredText(raw.name, 'name'),
    province,
    phrases: field.textList(raw.phrases, 'phrases'),
    memberCodes: field.textList(raw.members, 'members').map((member) => field.code(member, 'member code')),
  };
}

/** A group is accepted only if every member is an accepted agency of the file or one already in the directory. */
export function validateGroups(
  rows: ReadonlyArray<NumberedRaw<RawGroup | null>>,
  defaultProvince: string | null,
  agencyCodes: ReadonlySet<string>,
): { groups: GroupInput[]; rejected: RejectedRow[] } {
  const groups: GroupInput[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, raw } of rows) {
    if (raw === null) {
      rejected.push({ row, entry: 'group', reason: 'a group must be an object' });
      continue;
    }
    const rawCode = typeof raw.code === 'string' && raw.code.trim() !== '' ? raw.code.trim() : undefined;
    try {
      const group = readGroup(raw, defaultProvince);
      const first = firstRowOf.get(group.code);
      if (first !== undefined)
        throw new field.FieldError(`duplicate code ${group.code} in file (first on row ${first})`);
      const unknown = group.memberCodes.filter((member) => !agencyCodes.has(member));
      if (unknown.length > 0) throw new field.FieldError(`unknown member code ${unknown.join(', ')}`);
      firstRowOf.set(group.code, row);
      groups.push(group);
    } catch (error) {
      if (!(error instanceof field.FieldError)) throw error;
      rejected.push({ row, entry: 'group', ...(rawCode ? { code: rawCode } : {}), reason: error.message });
    }
  }
  return { groups, rejected };
}
