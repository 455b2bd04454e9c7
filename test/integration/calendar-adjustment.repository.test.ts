import { type DataSource, In } from 'typeorm';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS, type IsoDate, type YearAdjustments } from '@dondoc/domain';
import { CalendarAdjustmentEntity, CalendarAdjustmentRepository } from '@dondoc/persistence';
import { openStackDataSource } from './persistence/database';

const d = (text: string) => text as IsoDate;
// Years no other test's plan reads (plans of this year read a year either side).
const REPLACED_DEFAULT = 2024;
const STORED = 2041;

describe('CalendarAdjustmentRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let calendar: CalendarAdjustmentRepository;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    calendar = new CalendarAdjustmentRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.getRepository(CalendarAdjustmentEntity).delete({ year: In([REPLACED_DEFAULT, STORED]) });
    await dataSource.destroy();
  });

  it('gives the built-in announcements of the years asked for, and only those, when nothing is stored', async () => {
    expect(await calendar.forYears(2023, 2025)).toEqual({
      2024: DEFAULT_ANNOUNCED_ADJUSTMENTS[2024],
      2025: DEFAULT_ANNOUNCED_ADJUSTMENTS[2025],
    });
  });

  it('lets a stored year replace that year’s default whole, leaving the other years alone', async () => {
    const amended: YearAdjustments = {
      breaks: [{ holiday: 'tet', from: d('2024-02-08'), to: d('2024-02-14') }],
      extraDaysOff: [d('2024-12-31')],
      source: 'Bộ Nội vụ: bổ sung nghỉ 31/12/2024 (thử nghiệm)',
    };
    await calendar.upsertYear(REPLACED_DEFAULT, amended, { email: 'admin@dondoc.invalid' });

    const table = await calendar.forYears(2024, 2025);
    expect(table[2024]).toEqual(amended);
    expect(table[2024].workingDays).toBeUndefined();
    expect(table[2025]).toEqual(DEFAULT_ANNOUNCED_ADJUSTMENTS[2025]);
  });

  it('stores the same year twice as one identical row, and a change as an update naming its author', async () => {
    const adjustments: YearAdjustments = {
      workingDays: [d('2041-01-05')],
      extraDaysOff: [d('2041-01-02')],
      source: 'Thông báo thử nghiệm',
    };
    const first = await calendar.upsertYear(STORED, adjustments, { email: 'admin@dondoc.invalid' });
    const again = await calendar.upsertYear(STORED, { ...adjustments }, { email: 'admin@dondoc.invalid' });
    const changed = await calendar.upsertYear(
      STORED,
      { ...adjustments, extraDaysOff: [] },
      { email: 'dp@dondoc.invalid' },
    );

    expect(again).toMatchObject({ year: STORED, adjustments, source: 'Thông báo thử nghiệm' });
    expect(again.adjustments).toEqual(first.adjustments);
    expect(await dataSource.getRepository(CalendarAdjustmentEntity).countBy({ year: STORED })).toBe(1);
    expect(changed).toMatchObject({ adjustments: { extraDaysOff: [] }, updatedBy: 'dp@dondoc.invalid' });
    expect(changed.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect((await calendar.forYears(STORED, STORED))[STORED]).toEqual(changed.adjustments);
  });

  it('records the system as a null author', async () => {
    const row = await calendar.upsertYear(STORED, { source: 'hệ thống' }, null);
    expect(row.updatedBy).toBeNull();
    expect(await calendar.getYear(2042)).toBeNull();
  });
});
