import { type IsoDate } from '../dates';
import { type HolidayName } from './holidays';

/** Every day from `from` to `to` is off; replaces the statutory days of that holiday and their compensation. */
export interface AnnouncedBreak {
  holiday: HolidayName;
  from: IsoDate;
  to: IsoDate;
}

export interface YearAdjustments {
  breaks?: AnnouncedBreak[];
  /** Weekend days made working days to repay a swapped day off. */
  workingDays?: IsoDate[];
  /** One-off days off that belong to no holiday. */
  extraDaysOff?: IsoDate[];
  source?: string;
}

/** Keyed by Gregorian year; admins extend it as the Ministry of Home Affairs announces each year's schedule. */
export type AnnouncedAdjustments = Readonly<Record<number, YearAdjustments>>;

const day = (text: string): IsoDate => text as IsoDate;

// Only announcements we are sure of. Left out on purpose (unsure; the statutory rules apply until an admin adds
// them): any swap around 1/1/2026 and the day adjacent to 2/9/2026.
export const DEFAULT_ANNOUNCED_ADJUSTMENTS: AnnouncedAdjustments = {
  2024: {
    breaks: [
      { holiday: 'tet', from: day('2024-02-08'), to: day('2024-02-14') },
      { holiday: 'reunification', from: day('2024-04-27'), to: day('2024-05-01') },
    ],
    workingDays: [day('2024-05-04')],
    source: 'Bộ Nội vụ: Tết Giáp Thìn 08–14/02/2024; 29/4/2024 swapped with Saturday 04/5/2024',
  },
  2025: {
    breaks: [
      { holiday: 'tet', from: day('2025-01-25'), to: day('2025-02-02') },
      { holiday: 'reunification', from: day('2025-04-30'), to: day('2025-05-04') },
    ],
    workingDays: [day('2025-04-26')],
    source: 'Bộ Nội vụ: Tết Ất Tỵ 25/01–02/02/2025; 02/5/2025 swapped with Saturday 26/4/2025',
  },
  2026: {
    breaks: [{ holiday: 'tet', from: day('2026-02-14'), to: day('2026-02-22') }],
    source: 'Tết Bính Ngọ 14–22/02/2026 (five statutory weekdays 16–20/02 between two weekends)',
  },
};
