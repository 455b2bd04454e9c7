import { Card, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CalendarYear } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { TIME_ZONE, formatDate, formatInstant } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useCalendarYear } from './api';
import { CalendarEditor } from './calendar-editor';
import { CalendarLegend, CalendarMonths } from './calendar-grid';
import { dayOffReasonLabels, holidayLabels } from './labels';
import { PageHeading } from './page-heading';
import './directory.css';

const originLabels: Record<CalendarYear['origin'], string> = {
  stored: 'theo thông báo đã lưu',
  default: 'theo thông báo có sẵn trong dondoc',
  statutory: 'chỉ theo luật (chưa có thông báo của năm)',
};

const DaysOffList = ({ calendar }: { calendar: CalendarYear }) => (
  <Card title={<h2 className="card-heading">Các ngày nghỉ và ngày làm bù</h2>}>
    <ul className="plain-list compact" aria-label="Các ngày nghỉ trong năm">
      {calendar.daysOff.map((day) => (
        <li key={day.date}>
          <Typography.Text strong>{formatDate(day.date)}</Typography.Text> —{' '}
          {day.holiday ? holidayLabels[day.holiday] : 'Ngày nghỉ'} ({dayOffReasonLabels[day.reason]})
        </li>
      ))}
      {calendar.adjustments.workingDays.map((date) => (
        <li key={`working-${date}`}>
          <Typography.Text strong>{formatDate(date)}</Typography.Text> — Làm việc bù
        </li>
      ))}
    </ul>
  </Card>
);

const thisYear = () => dayjs().tz(TIME_ZONE).year();

export const CalendarPage = () => {
  const session = useSession();
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const years = Array.from({ length: 9 }, (_, index) => thisYear() - 3 + index);
  return (
    <>
      <PageHeading
        title="Lịch làm việc"
        intro="Ngày làm việc của cơ quan hành chính nhà nước: nhắc việc, đôn đốc chỉ gửi vào ngày làm việc."
        actions={
          <Flex align="center" gap="small">
            <label htmlFor="calendar-year">Năm</label>
            <Select
              id="calendar-year"
              value={year}
              onChange={setYear}
              options={years.map((each) => ({ value: each, label: String(each) }))}
              style={{ width: 110 }}
            />
          </Flex>
        }
      />
      {calendar.isPending ? <LoadingState /> : null}
      {calendar.isError ? <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
      {calendar.isSuccess ? (
        <Flex vertical gap="large">
          <Card>
            <Typography.Paragraph>
              Lịch năm {calendar.data.year} {originLabels[calendar.data.origin]}
              {calendar.data.adjustments.source ? `: ${calendar.data.adjustments.source}` : ''}
              {calendar.data.updatedAt ? ` (cập nhật ${formatInstant(calendar.data.updatedAt)})` : ''}.
            </Typography.Paragraph>
            <CalendarLegend />
            <CalendarMonths calendar={calendar.data} />
          </Card>
          <DaysOffList calendar={calendar.data} />
          {can(session.data, 'editCalendar') ? <CalendarEditor calendar={calendar.data} /> : null}
        </Flex>
      ) : null}
    </>
  );
};
