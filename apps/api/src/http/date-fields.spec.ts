import { BadRequestException, type Type } from '@nestjs/common';
import { ExtendDeadlineDto, ReviewAssignmentDto } from '../assignments/assignment-actions.dto';
import { ListAssignmentsQuery } from '../assignments/list-assignments.query';
import { ExtendOpenDto } from '../bulk-actions/extend-open.dto';
import { ActivatePlanDto } from '../plan-activation/activate-plan.dto';
import { TriggerTaskDto } from '../plan-activation/trigger-task.dto';
import { CreatePlanDto } from '../plans/create-plan.dto';
import { createValidationPipe } from './validation.pipe';

// Every date a request carries is a calendar day the domain can hold: a service must never meet one it cannot
// parse (year 0298 once passed ISO 8601 validation and answered 500 from the extension route).
const DATE_FIELDS: [Type, string][] = [
  [ExtendDeadlineDto, 'newDue'],
  [ReviewAssignmentDto, 'newDue'],
  [ExtendOpenDto, 'newDue'],
  [TriggerTaskDto, 'due'],
  [ActivatePlanDto, 'lateDue'],
  [CreatePlanDto, 'issuedDate'],
  [ListAssignmentsQuery, 'dueFrom'],
  [ListAssignmentsQuery, 'dueTo'],
];

async function fieldsRefused(metatype: Type, value: object): Promise<string[]> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const body = error.getResponse() as { errors: { field: string }[] };
    return body.errors.map((problem) => problem.field);
  }
}

describe('date fields of requests', () => {
  it.each(DATE_FIELDS)('%p.%s refuses a year the calendar does not hold', async (metatype, field) => {
    expect(await fieldsRefused(metatype, { [field]: '0298-01-26' })).toContain(field);
  });

  it.each(DATE_FIELDS)('%p.%s refuses a day that does not exist', async (metatype, field) => {
    expect(await fieldsRefused(metatype, { [field]: '2027-02-30' })).toContain(field);
  });

  it.each(DATE_FIELDS)('%p.%s takes a calendar day', async (metatype, field) => {
    expect(await fieldsRefused(metatype, { [field]: '2027-02-28' })).not.toContain(field);
  });
});
