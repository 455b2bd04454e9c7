import type { CalendarYear } from '../../api/types';
import { type CalendarDay, type DayKind, classifyYear, dayTitle, monthWeeks } from './calendar-days';

const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const WEEKDAY_NAMES = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'];

const LEGEND: { kind: DayKind; label: string }[] = [
  { kind: 'weekend', label: 'Cuối tuần' },
  { kind: 'holiday', label: 'Nghỉ lễ, Tết' },
  { kind: 'day-off', label: 'Nghỉ theo thông báo, nghỉ bù' },
  { kind: 'working', label: 'Làm việc bù' },
];

const DayCell = ({ day }: { day: CalendarDay | null }) => {
  if (!day) return <td />;
  return (
    <td>
      <span className={`calendar-day ${day.kind}`} title={dayTitle(day)}>
        {day.day}
        {day.note && day.kind !== 'weekend' ? <span className="visually-hidden">: {day.note}</span> : null}
      </span>
    </td>
  );
};

export const CalendarLegend = () => (
  <ul className="calendar-legend" aria-label="Chú thích">
    {LEGEND.map((entry) => (
      <li key={entry.kind}>
        <span className={`calendar-day ${entry.kind}`} aria-hidden>
          1
        </span>
        {entry.label}
      </li>
    ))}
  </ul>
);

/** The twelve months of the year, each a table of weeks, its days coloured by what they are. */
export const CalendarMonths = ({ calendar }: { calendar: CalendarYear }) => {
  const days = classifyYear(calendar);
  return (
    <div className="calendar-months">
      {Array.from({ length: 12 }, (_, month) => (
        <table key={month} className="calendar-month">
          <caption>
            Tháng {month + 1}/{calendar.year}
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((weekday, index) => (
                <th key={weekday} scope="col" abbr={WEEKDAY_NAMES[index]}>
                  {weekday}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(calendar.year, month, days).map((week, index) => (
              <tr key={index}>
                {week.map((day, column) => (
                  <DayCell key={day?.date ?? `blank-${column}`} day={day} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
};
