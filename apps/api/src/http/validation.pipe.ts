import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldProblem } from './problem-details.filter';

/** Unknown fields are refused and every failing field is named, nested ones by their dotted path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new BadRequestException({
        message: problems.map((problem) => `${problem.field}: ${problem.message}`),
        errors: problems,
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
