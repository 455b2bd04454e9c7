import { type TransformFnParams } from 'class-transformer';
import { normaliseVietnamese } from '@dondoc/domain';

/** NFC with whitespace collapsed, for strings and arrays of strings: how Vietnamese text is stored and compared. */
export const nfcTrimmed = ({ value }: Pick<TransformFnParams, 'value'>): unknown => {
  if (typeof value === 'string') return normaliseVietnamese(value);
  if (Array.isArray(value))
    return value.map((item: unknown) => (typeof item === 'string' ? normaliseVietnamese(item) : item));
  return value;
};

/** NFC only, keeping line breaks: for long text such as a task's content. */
export const nfcMultiline = ({ value }: Pick<TransformFnParams, 'value'>): unknown =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

/** Emails are stored lower case, so a login or a duplicate check never depends on how they were typed. */
export const lowerCaseEmail = ({ value }: Pick<TransformFnParams, 'value'>): unknown => {
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (Array.isArray(value))
    return value.map((item: unknown) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
  return value;
};

/** Query strings carry text: `active=false` must not become `true`. */
export const booleanFromQuery = ({ value }: Pick<TransformFnParams, 'value'>): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
