import { ValidateBy, type ValidationOptions } from 'class-validator';
import { tryParseIsoDate } from '@dondoc/domain';

/** A calendar date written YYYY-MM-DD: `2027-02-30` and `2027-02-04T00:00` are refused. */
export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && tryParseIsoDate(value) === value,
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be a calendar date written YYYY-MM-DD`,
      },
    },
    options,
  );
