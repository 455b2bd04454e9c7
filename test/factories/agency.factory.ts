import { randomUUID } from 'node:crypto';
import { type NewAgency } from '@dondoc/persistence';

/** A province name of the test's own, so searches and counts see only the agencies the test made. */
export const testProvince = (): string => `Tỉnh Thử ${randomUUID().slice(0, 8)}`;

export const uniqueCode = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

const DEPARTMENTS: Array<[string, string, string[]]> = [
  ['STP', 'Sở Tư pháp', ['STP']],
  ['STC', 'Sở Tài chính', ['STC']],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT']],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở VHTTDL']],
  ['SKHCN', 'Sở Khoa học và Công nghệ', ['Sở KH&CN']],
  ['SYT', 'Sở Y tế', ['SYT']],
];

/** A provincial department of `province`, e.g. "Sở Tư pháp tỉnh Thử 1a2b3c4d", with a unique code. */
export function departmentAgency(province: string, index = 0, overrides: Partial<NewAgency> = {}): NewAgency {
  const [abbreviation, name, shortNames] = DEPARTMENTS[index % DEPARTMENTS.length];
  const code = uniqueCode(`T-${abbreviation}`);
  const host = `${code.toLowerCase()}.thu.dondoc.invalid`;
  return {
    code,
    name: `${name} ${province.replace(/^Tỉnh/, 'tỉnh')}`,
    province,
    kind: 'provincial_department',
    shortNames: [name, ...shortNames],
    aliases: [],
    focalEmails: [`vanphong@${host}`],
    headEmail: `giamdoc@${host}`,
    active: true,
    ...overrides,
  };
}
