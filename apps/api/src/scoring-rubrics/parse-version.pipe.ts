import { type PipeTransform } from '@nestjs/common';
import { invalidField } from '../http/problems';

/** The largest version a PostgreSQL serial holds. */
export const MAX_VERSION = 2_147_483_647;

/** `/scoring-rubrics/2`: a version number, 1 or more. */
export class ParseVersionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const version = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(version >= 1 && version <= MAX_VERSION)) {
      throw invalidField('version', `version must be a whole number from 1 to ${MAX_VERSION}`);
    }
    return version;
  }
}
