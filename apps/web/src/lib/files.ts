import type { UploadLimits } from '../api/types';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

export const formatBytes = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${number.format(bytes / 1024)} KB`;
  return `${bytes} byte`;
};

export const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot).toLowerCase();
};

export const acceptedTypesText = (accept: readonly string[]): string =>
  accept.map((ext) => ext.replace(/^\./, '').toUpperCase()).join(', ');

export const limitsText = (limits: UploadLimits): string =>
  `Tối đa ${limits.maxFiles} tệp, mỗi tệp không quá ${formatBytes(limits.maxFileBytes)}, ` +
  `tổng cộng không quá ${formatBytes(limits.maxTotalBytes)}. ` +
  `Loại tệp được nhận: ${acceptedTypesText(limits.accept)}.`;

/** What is wrong with a set of files before it is sent, in Vietnamese; empty when nothing is. */
export const fileProblems = (files: readonly File[], limits: UploadLimits): string[] => {
  const problems: string[] = [];
  if (files.length > limits.maxFiles) {
    problems.push(`Chỉ được đính kèm tối đa ${limits.maxFiles} tệp (đang chọn ${files.length} tệp).`);
  }
  const accepted = limits.accept.map((ext) => ext.toLowerCase());
  for (const file of files) {
    if (accepted.length > 0 && !accepted.includes(extensionOf(file.name))) {
      problems.push(`Tệp «${file.name}» không thuộc loại được nhận (${acceptedTypesText(limits.accept)}).`);
    }
    if (file.size > limits.maxFileBytes) {
      problems.push(`Tệp «${file.name}» (${formatBytes(file.size)}) vượt quá ${formatBytes(limits.maxFileBytes)}.`);
    }
    if (file.size === 0) problems.push(`Tệp «${file.name}» rỗng.`);
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxTotalBytes) {
    problems.push(`Tổng dung lượng các tệp (${formatBytes(total)}) vượt quá ${formatBytes(limits.maxTotalBytes)}.`);
  }
  return problems;
};
