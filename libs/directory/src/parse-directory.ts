import { optionalText } from './agency-fields';
import { DirectoryFileError, type DirectorySource, type ParseOptions, type ParsedDirectory } from './directory.types';
import { readCsvAgencies } from './read-csv';
import { readJsonDirectory } from './read-json';
import { validateAgencies } from './validate-agencies';
import { validateGroups } from './validate-groups';

/**
 * Reads and validates a directory file without touching the database. Bad rows are reported, not thrown; only a
 * file that cannot be read at all throws DirectoryFileError.
 */
export function parseDirectory(source: DirectorySource, options: ParseOptions = {}): ParsedDirectory {
  const known = options.knownAgencyCodes ?? new Set<string>();
  if (source.format === 'csv') {
    const province = optionalText(source.province, 'province');
    if (!province) throw new DirectoryFileError('a CSV directory needs a province: it has no province column');
    const agencies = validateAgencies(readCsvAgencies(source.text), province, known);
    return { ...agencies, groups: [] };
  }
  const file = readJsonDirectory(source.text);
  if (file.province !== undefined && typeof file.province !== 'string') {
    throw new DirectoryFileError('province must be text');
  }
  const province = optionalText(file.province, 'province') ?? optionalText(source.province, 'province');
  const agencies = validateAgencies(file.agencies, province, known);
  const agencyCodes = new Set([...known, ...agencies.accepted.map((agency) => agency.code)]);
  const groups = validateGroups(file.groups, province, agencyCodes);
  return {
    accepted: agencies.accepted,
    groups: groups.groups,
    rejected: [...agencies.rejected, ...groups.rejected],
  };
}
