import { type AgencyKind } from '@dondoc/persistence';

export type DirectoryFormat = 'json' | 'csv';

/** One agency as a directory file states it, validated and NFC-normalised. */
export interface AgencyInput {
  code: string;
  name: string;
  province: string;
  shortNames: string[];
  aliases: string[];
  kind: AgencyKind;
  parentCode: string | null;
  focalEmails: string[];
  headEmail: string | null;
  active: boolean;
}

export interface GroupInput {
  code: string;
  name: string;
  province: string;
  phrases: string[];
  memberCodes: string[];
}

export interface RejectedRow {
  /** Agencies: the JSON array position or the CSV record number, header = 1 (as a spreadsheet shows it). */
  row: number;
  entry: 'agency' | 'group';
  code?: string;
  reason: string;
}

export interface ParsedDirectory {
  /** Every parent precedes its children, so they can be written in this order. */
  accepted: AgencyInput[];
  groups: GroupInput[];
  rejected: RejectedRow[];
}

export interface DirectorySource {
  text: string;
  format: DirectoryFormat;
  /** Required for CSV, which has no province column; overrides nothing in JSON, which names its own. */
  province?: string;
}

export interface ParseOptions {
  /** Codes already in the directory: a parent or member may name one of these instead of a row of the file. */
  knownAgencyCodes?: ReadonlySet<string>;
}

/** The file as a whole cannot be read: not JSON, no header, a missing column, no province. */
export class DirectoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFileError';
  }
}
