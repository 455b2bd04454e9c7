import { type PipeTransform } from '@nestjs/common';
import { invalidField } from '../http/problems';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** `/calendar/2027`: a Gregorian year dondoc can compute (the lunar calendar is exact well beyond this range). */
export class ParseYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
      throw invalidField('year', `year must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
    }
    return year;
  }
}
