import type { FormInstance } from 'antd';
import { fieldErrors } from './problems';

/**
 * Puts a 400's field errors next to the fields of the form. Returns whether every error found its field, so the
 * caller knows if a general message is still needed.
 */
export const showFieldErrors = (
  form: FormInstance,
  error: unknown,
  knownFields: readonly string[],
  fileNames: readonly string[] = [],
): boolean => {
  const errors = fieldErrors(error);
  const byField = new Map<string, string[]>();
  for (const { field, index, message } of errors) {
    if (!knownFields.includes(field)) continue;
    const name = index === undefined ? undefined : fileNames[index];
    const text = index === undefined ? message : `Tệp thứ ${index + 1}${name ? ` (${name})` : ''}: ${message}`;
    byField.set(field, [...(byField.get(field) ?? []), text]);
  }
  form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  return errors.length > 0 && errors.every((e) => knownFields.includes(e.field));
};
