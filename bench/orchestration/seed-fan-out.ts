import { type INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEFAULT_PLAN_POLICY, type IsoDate, type Schedule } from '@dondoc/domain';
import { AgencyRepository, CalendarAdjustmentRepository, PlanRepository, TaskRepository } from '@dondoc/persistence';

export interface FanOutPlan {
  planId: string;
  agencyEmails: string[];
}

/**
 * `tasks` tasks × `agencies` agencies, every task due `today` (Asia/Ho_Chi_Minh) and reminded only on the due day,
 * at `sendTime`. Today is stored as a working day, through the calendar table the worker reads: a due-day reminder
 * on a weekend or holiday would move to the day before, which has passed.
 */
export async function seedFanOutPlan(
  app: INestApplicationContext,
  options: { tasks: number; agencies: number; today: IsoDate; sendTime: string; codePrefix?: string },
): Promise<FanOutPlan> {
  const year = Number(options.today.slice(0, 4));
  const calendar = app.get(CalendarAdjustmentRepository);
  const current = (await calendar.forYears(year, year))[year] ?? {};
  await calendar.upsertYear(
    year,
    {
      ...current,
      workingDays: [...new Set([...(current.workingDays ?? []), options.today])],
      source: `${current.source ?? 'statutory'}; benchmark: ${options.today} worked`,
    },
    null,
  );

  const agencyRepository = app.get(AgencyRepository);
  const agencies = [];
  for (let i = 1; i <= options.agencies; i += 1) {
    const code = `${options.codePrefix ?? 'BENCH'}-${String(i).padStart(4, '0')}`;
    agencies.push(
      await agencyRepository.create({
        code,
        name: `Ủy ban nhân dân xã thử nghiệm số ${i}`,
        province: 'Lai Châu',
        kind: 'commune_committee',
        focalEmails: [`${code.toLowerCase()}@bench.dondoc.invalid`],
      }),
    );
  }

  const plan = await app.get(PlanRepository).createDraft({
    title: `Kế hoạch phổ biến, giáo dục pháp luật năm ${year} (đo tải)`,
    number: `${randomUUID().slice(0, 8)}/KH-UBND`,
    periodFrom: year,
    periodTo: year,
    policy: { ...DEFAULT_PLAN_POLICY, reminderDaysBefore: [0], sendTime: options.sendTime },
  });
  const schedule: Schedule = {
    kind: 'once',
    text: `trước ngày ${options.today}`,
    due: options.today,
    period: options.today,
  };
  const tasks = app.get(TaskRepository);
  for (let i = 1; i <= options.tasks; i += 1) {
    const task = await tasks.create(plan.id, {
      code: `II.${i}`,
      title: `Nhiệm vụ phổ biến pháp luật số ${i}`,
      timeframe: schedule.text,
      schedule,
    });
    await tasks.setAgencies(
      task.id,
      agencies.map((agency, index) => ({ agencyId: agency.id, role: index === 0 ? 'lead' : 'coordinating' })),
    );
  }
  return { planId: plan.id, agencyEmails: agencies.map((agency) => agency.focalEmails[0]) };
}
