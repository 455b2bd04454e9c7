import { BadRequestException, ConflictException } from '@nestjs/common';

/** A 409 that names the field holding the duplicate, like a 400 names the invalid one. */
export function duplicate(field: string, message: string): ConflictException {
  return new ConflictException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}

/** A 400 for a well-formed field the database refuses, e.g. a reference to a row that does not exist. */
export function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}
