import { readFileSync } from 'fs';
import * as path from 'path';
import { findPlanTitle } from './plan-title';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const seed = (prefix: string): string => {
  const file = ['000_a2573b9783e9afa8', '001_6f2e06842b4b52a2', '003_6c8062d09899e977'].find((f) =>
    f.startsWith(prefix),
  );
  return readFileSync(path.join(SEEDS, `${file ?? prefix}.txt`), 'utf8');
};

describe('findPlanTitle', () => {
  it('joins the heading and its subject line, cut before the opening "Triển khai Quyết định …" clause', () => {
    expect(findPlanTitle(seed('003'))).toBe(
      'Kế hoạch triển khai Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 – 2030”',
    );
  });

  it('reads a Markdown-flavoured heading', () => {
    expect(findPlanTitle(seed('001'))).toBe(
      'Kế hoạch hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lạng Sơn năm 2024',
    );
  });

  it('is null when the heading goes straight into "Thực hiện …"', () => {
    expect(findPlanTitle(seed('000'))).toBeNull();
  });

  it('keeps a subject line that names the programme it carries out, with no number or date cited', () => {
    expect(
      findPlanTitle(
        'KẾ HOẠCH\nThực hiện Chương trình phổ biến, giáo dục pháp luật giai đoạn 2025-2030\nPHẦN I\nMỤC ĐÍCH, YÊU CẦU',
      ),
    ).toBe('Kế hoạch thực hiện Chương trình phổ biến, giáo dục pháp luật giai đoạn 2025-2030');
  });

  it.each(['Chỉ thị số 32-CT/TW', 'Thông tư số 03/2018/TT-BTP'])(
    'cuts the subject line before the opening clause that implements "%s"',
    (cited) => {
      expect(findPlanTitle(`KẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2026 Thực hiện ${cited} của Bộ Tư pháp`)).toBe(
        'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
      );
    },
  );

  it('is null without a heading', () => {
    expect(findPlanTitle('Tin tức: Sở Tư pháp tổ chức hội nghị')).toBeNull();
  });

  it('reads the title of a plan attached to the decision that issues it, without the attachment note', () => {
    const decision = [
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      'Số: 350/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
      'Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phổ biến, giáo dục pháp luật năm 2026.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:',
      '- Như Điều 2;',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'ỦY BAN NHÂN DÂN',
      'TỈNH NGHỆ AN',
      'KẾ HOẠCH',
      'Tuyên truyền pháp luật về chuyển đổi số năm 2026',
      '(Ban hành kèm theo Quyết định số 350/QĐ-UBND ngày 25/02/2026 của UBND tỉnh Nghệ An)',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(findPlanTitle(decision)).toBe('Kế hoạch tuyên truyền pháp luật về chuyển đổi số năm 2026');
  });
});
