import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

/** A 409 that names the field holding the duplicate, like a 400 names the invalid one. */
export function duplicate(field: string, message: string): ConflictException {
  return new ConflictException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}

/** A 400 for a well-formed field the database refuses, e.g. a reference to a row that does not exist. */
export function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}

/** A 404 for a reference in the body to a row that does not exist, naming the field that holds it. */
export function unknownReference(field: string, message: string): NotFoundException {
  return new NotFoundException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}

/** A 409 for a well-formed field the current state of things refuses, naming the field. */
export function conflictingField(field: string, message: string): ConflictException {
  return new ConflictException({ message: `${field}: ${message}`, errors: [{ field, message }] });
}
