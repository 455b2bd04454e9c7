import { ValidateIf } from 'class-validator';

/**
 * An optional field that is not nullable: left out, it is skipped; sent as `null`, it is validated like any other
 * value and refused. (class-validator's IsOptional lets `null` through, which the document does not allow.)
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
