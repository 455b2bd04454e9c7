import * as field from './agency-fields';
import { type RawAgency } from './agency-fields';
import { type AgencyInput, type RejectedRow } from './directory.types';
import { type NumberedRaw } from './read-csv';

interface Candidate {
  row: number;
  agency: AgencyInput;
}

function readAgency(raw: RawAgency, defaultProvince: string | null): AgencyInput {
  const province = field.optionalText(raw.province, 'province') ?? defaultProvince;
  if (!province) throw new field.FieldError('missing province');
  const parentCode = field.optionalText(raw.parentCode, 'parent code');
  const headEmail = field.optionalText(raw.headEmail, 'head email');
  return {
    code: field.code(raw.code),
    name: field.requiredText(raw.name, 'name'),
    province,
    shortNames: field.textList(raw.shortNames, 'short names'),
    aliases: field.textList(raw.aliases, 'aliases'),
    kind: field.kind(raw.kind),
    parentCode: parentCode === null ? null : field.code(parentCode, 'parent code'),
    focalEmails: field.emailList(raw.focalEmails, 'focal emails'),
    headEmail: headEmail === null ? null : field.email(headEmail, 'head email'),
    active: field.active(raw.active),
  };
}

/**
 * Validates each row on its own, then as a whole: a code appears once, and every parent is another accepted row or
 * an agency already in the directory. A child of a rejected row is rejected too. Parents come out before children.
 */
export function validateAgencies(
  rows: ReadonlyArray<NumberedRaw<RawAgency | null>>,
  defaultProvince: string | null,
  knownCodes: ReadonlySet<string>,
): { accepted: AgencyInput[]; rejected: RejectedRow[] } {
  const rejected: RejectedRow[] = [];
  const reject = (row: number, reason: string, code?: string) =>
    rejected.push({ row, entry: 'agency', ...(code ? { code } : {}), reason });

  const firstRowOf = new Map<string, number>();
  const rejectedRowOf = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const { row, raw } of rows) {
    const rawCode = typeof raw?.code === 'string' && raw.code.trim() !== '' ? raw.code.trim() : undefined;
    if (raw === null) {
      reject(row, 'an agency must be an object');
      continue;
    }
    try {
      const agency = readAgency(raw, defaultProvince);
      const first = firstRowOf.get(agency.code);
      if (first !== undefined) {
        reject(row, `duplicate code ${agency.code} in file (first on row ${first})`, agency.code);
        continue;
      }
      firstRowOf.set(agency.code, row);
      candidates.push({ row, agency });
    } catch (error) {
      if (!(error instanceof field.FieldError)) throw error;
      reject(row, error.message, rawCode);
      if (rawCode && !rejectedRowOf.has(rawCode)) rejectedRowOf.set(rawCode, row);
    }
  }

  const accepted: AgencyInput[] = [];
  const placed = new Set<string>();
  let pending = candidates;
  // Place rows whose parent is already placed (or known) until nothing moves; what is left explains itself.
  for (;;) {
    const waiting: Candidate[] = [];
    for (const candidate of pending) {
      const parent = candidate.agency.parentCode;
      if (parent === null || placed.has(parent) || (knownCodes.has(parent) && !firstRowOf.has(parent))) {
        accepted.push(candidate.agency);
        placed.add(candidate.agency.code);
      } else {
        waiting.push(candidate);
      }
    }
    if (waiting.length === pending.length) break;
    pending = waiting;
  }
  const waitingCodes = new Set(pending.map((candidate) => candidate.agency.code));
  for (const { row, agency } of pending) {
    const parent = agency.parentCode ?? '';
    const reason =
      parent === agency.code
        ? `agency ${agency.code} cannot be its own parent`
        : waitingCodes.has(parent)
          ? `parent code ${parent} is part of a cycle or was rejected`
          : rejectedRowOf.has(parent)
            ? `parent code ${parent} was rejected (row ${rejectedRowOf.get(parent)})`
            : `unknown parent code ${parent}`;
    reject(row, reason, agency.code);
  }
  rejected.sort((a, b) => a.row - b.row);
  return { accepted, rejected };
}
