import { isTaskTableHeading, readColumns } from './column-roles';

const table = (header: string[], ...rows: string[][]) => ({ header, rows });

describe('readColumns: column roles by heading meaning', () => {
  it('finds the roles in any order, ignoring notes', () => {
    const columns = readColumns(
      table(['Ghi chú', 'Thời hạn hoàn thành', 'Đơn vị phối hợp', 'Số TT', 'Nội dung công việc', 'Đơn vị chủ trì']),
    );
    expect(columns).toMatchObject({
      number: 3,
      title: 4,
      fields: [
        { column: 1, field: 'timeframe', label: 'Thời hạn hoàn thành' },
        { column: 2, field: 'coordinating', label: 'Đơn vị phối hợp' },
        { column: 5, field: 'lead', label: 'Đơn vị chủ trì' },
      ],
      headerRows: 0,
    });
  });

  it('reads headings without diacritics, in capitals, with extra words', () => {
    const columns = readColumns(table(['TT', 'NHIEM VU CU THE', 'CO QUAN CHU TRI THUC HIEN', 'KẾT QUẢ, SẢN PHẨM']));
    expect(columns?.title).toBe(1);
    expect(columns?.fields.map((f) => f.field)).toEqual(['lead', 'product']);
  });

  it('makes “Đơn vị thực hiện” the lead when no column says chủ trì, and the partner when one does', () => {
    expect(readColumns(table(['Nội dung', 'Đơn vị thực hiện']))?.fields[0].field).toBe('lead');
    expect(readColumns(table(['Nội dung', 'Chủ trì', 'Thực hiện']))?.fields.map((f) => f.field)).toEqual([
      'lead',
      'coordinating',
    ]);
  });

  it('reads a two-row heading (merged “Phân công thực hiện” over Chủ trì / Phối hợp) and skips the (1) (2) row', () => {
    const columns = readColumns(
      table(
        ['STT', 'Nội dung', 'Phân công thực hiện', '', 'Thời gian'],
        ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Tổ chức hội nghị', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I'],
      ),
    );
    expect(columns?.headerRows).toBe(2);
    expect(columns?.fields.map((f) => [f.column, f.field])).toEqual([
      [2, 'lead'],
      [3, 'coordinating'],
      [4, 'timeframe'],
    ]);
  });

  it('is not a task table without a content column, or with amounts and no agency column', () => {
    expect(readColumns(table(['STT', 'Cơ quan chủ trì', 'Thời gian']))).toBeNull();
    expect(readColumns(table(['STT', 'Nội dung chi', 'Đơn vị tính', 'Số lượng', 'Thành tiền (đồng)']))).toBeNull();
    expect(readColumns(table(['STT', 'Nội dung', 'Thời gian', 'Kinh phí (triệu đồng)']))).toBeNull();
  });

  it('tells a task table heading from another heading row on its own (for the PDF reader)', () => {
    expect(isTaskTableHeading(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'])).toBe(true);
    expect(isTaskTableHeading(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác'])).toBe(false);
  });
});
