import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CalendarChange, CalendarYear, HolidayName } from '../../api/types';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';
import { useSaveCalendar } from './api';
import { DateListField } from './date-list-field';
import { holidayLabels, optionsOf } from './labels';

interface BreakDraft {
  holiday: HolidayName;
  range: [Dayjs, Dayjs];
}

interface CalendarDraft {
  source: string;
  breaks: BreakDraft[];
  extraDaysOff: string[];
  workingDays: string[];
}

const FIELDS = ['source', 'breaks', 'extraDaysOff', 'workingDays'] as const;

const draftOf = (calendar: CalendarYear): CalendarDraft => ({
  source: calendar.adjustments.source ?? '',
  breaks: calendar.adjustments.breaks.map((each) => ({
    holiday: each.holiday,
    range: [dayjs(each.from), dayjs(each.to)],
  })),
  extraDaysOff: calendar.adjustments.extraDaysOff,
  workingDays: calendar.adjustments.workingDays,
});

const savedText = (saved: CalendarChange): string =>
  `Đã lưu lịch năm ${saved.year}. ${saved.replanned.told} nhiệm vụ đang thực hiện đã được lập lại lịch nhắc` +
  (saved.replanned.failed > 0 ? `; ${saved.replanned.failed} nhiệm vụ chưa cập nhật được, giữ lịch cũ.` : '.');

/** The year's announced changes (breaks, one-off days off, swapped working days), saved whole with PUT. */
export const CalendarEditor = ({ calendar }: { calendar: CalendarYear }) => {
  const [form] = Form.useForm<CalendarDraft>();
  const save = useSaveCalendar(calendar.year);
  const [general, setGeneral] = useState<string | null>(null);
  return (
    <Card title={<h2 className="card-heading">Điều chỉnh theo thông báo của Bộ Nội vụ</h2>}>
      <Form
        key={`${calendar.year}-${calendar.updatedAt ?? ''}`}
        form={form}
        layout="vertical"
        initialValues={draftOf(calendar)}
        onFinish={(draft) => {
          setGeneral(null);
          save.mutate(
            {
              source: draft.source.trim(),
              breaks: draft.breaks.map((each) => ({
                holiday: each.holiday,
                from: each.range[0].format('YYYY-MM-DD'),
                to: each.range[1].format('YYYY-MM-DD'),
              })),
              extraDaysOff: draft.extraDaysOff,
              workingDays: draft.workingDays,
            },
            {
              onError: (error) => {
                if (!showFieldErrors(form, error, FIELDS)) setGeneral(problemMessage(error));
              },
            },
          );
        }}
      >
        <Form.Item
          name="source"
          label="Căn cứ (văn bản thông báo)"
          rules={[{ required: true, message: 'Nhập số, ngày của thông báo.' }]}
        >
          <Input placeholder="Bộ Nội vụ, Thông báo số …/TB-BNV ngày …" maxLength={500} />
        </Form.Item>
        <Form.Item name="extraDaysOff" label="Ngày nghỉ thêm">
          <DateListField year={calendar.year} noun="ngày nghỉ" />
        </Form.Item>
        <Form.Item name="workingDays" label="Ngày làm việc bù (thứ Bảy, Chủ nhật đi làm)">
          <DateListField year={calendar.year} noun="ngày làm bù" />
        </Form.Item>
        <fieldset className="plain-fieldset">
          <legend className="card-subheading">Đợt nghỉ lễ, Tết được công bố</legend>
          <Form.List name="breaks">
            {(fields, { add, remove }) => (
              <Flex vertical gap="small" align="start">
                {fields.map((field) => (
                  <Flex key={field.key} wrap gap="small" align="start">
                    <Form.Item
                      name={[field.name, 'holiday']}
                      label="Dịp lễ"
                      rules={[{ required: true, message: 'Chọn dịp lễ.' }]}
                    >
                      <Select options={optionsOf(holidayLabels)} style={{ minWidth: 180 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'range']}
                      label="Từ ngày – đến ngày"
                      rules={[{ required: true, message: 'Chọn khoảng ngày.' }]}
                    >
                      <DatePicker.RangePicker format="DD/MM/YYYY" placeholder={['Từ ngày', 'Đến ngày']} />
                    </Form.Item>
                    <Button
                      className="break-remove"
                      icon={<MinusCircleOutlined aria-hidden />}
                      aria-label="Bỏ đợt nghỉ này"
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ holiday: 'tet' })}>
                  Thêm đợt nghỉ
                </Button>
              </Flex>
            )}
          </Form.List>
        </fieldset>
        {general ? <Alert type="error" showIcon title={general} className="form-alert" /> : null}
        {save.isSuccess ? <Alert type="success" showIcon title={savedText(save.data)} className="form-alert" /> : null}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu lịch năm {calendar.year}
        </Button>
      </Form>
    </Card>
  );
};
