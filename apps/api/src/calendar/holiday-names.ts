import { type HolidayName } from '@dondoc/domain';

// A record, so the compiler refuses this list when the domain gains or loses a holiday.
const HOLIDAYS: Record<HolidayName, true> = {
  newYear: true,
  tet: true,
  hungKings: true,
  reunification: true,
  labourDay: true,
  nationalDay: true,
};

export const HOLIDAY_NAMES = Object.keys(HOLIDAYS) as HolidayName[];
