import { collapse } from '../text/sentences';
import { cutTitle } from './title';

describe('cutTitle', () => {
  it('keeps a short first sentence whole and drops the final period', () => {
    expect(cutTitle('Tổ chức tập huấn pháp luật về khám bệnh, chữa bệnh. Nội dung gồm hai phần.')).toBe(
      'Tổ chức tập huấn pháp luật về khám bệnh, chữa bệnh',
    );
  });

  it('drops the colon of an item that introduces its sub-items', () => {
    expect(cutTitle('Tổ chức các hoạt động phổ biến pháp luật tại doanh nghiệp:')).toBe(
      'Tổ chức các hoạt động phổ biến pháp luật tại doanh nghiệp',
    );
  });

  it('cuts a long sentence at a semicolon', () => {
    const text =
      'Rà soát, cập nhật tài liệu phổ biến pháp luật về an toàn thực phẩm cho người sản xuất, kinh doanh nhỏ lẻ tại các chợ trên địa bàn tỉnh; biên soạn tờ gấp, sổ tay hỏi đáp pháp luật bằng tiếng dân tộc thiểu số phù hợp với từng nhóm đối tượng.';
    expect(cutTitle(text)).toBe(
      'Rà soát, cập nhật tài liệu phổ biến pháp luật về an toàn thực phẩm cho người sản xuất, kinh doanh nhỏ lẻ tại các chợ trên địa bàn tỉnh',
    );
  });

  it('cuts at a clause-opening comma when there is no semicolon', () => {
    const text =
      'Tăng cường truyền thông về phòng, chống tác hại của thuốc lá trên các phương tiện thông tin đại chúng và mạng xã hội của ngành y tế tỉnh, góp phần nâng cao nhận thức của người dân về bảo vệ sức khỏe cộng đồng.';
    const title = cutTitle(text);
    expect(title).toBe(
      'Tăng cường truyền thông về phòng, chống tác hại của thuốc lá trên các phương tiện thông tin đại chúng và mạng xã hội của ngành y tế tỉnh',
    );
    expect(text.startsWith(title)).toBe(true);
  });

  it('cuts before `và` when it joins a second action', () => {
    const text =
      'Tổ chức hội nghị chuyên đề hằng quý về thực hiện pháp luật an toàn giao thông, đánh giá kết quả, rút kinh nghiệm công tác phối hợp liên ngành và đề xuất giải pháp khắc phục những hạn chế, tồn tại kéo dài nhiều năm qua ở cơ sở.';
    expect(cutTitle(text)).toBe(
      'Tổ chức hội nghị chuyên đề hằng quý về thực hiện pháp luật an toàn giao thông, đánh giá kết quả, rút kinh nghiệm công tác phối hợp liên ngành',
    );
  });

  it('does not cut before `và các` inside a list of subjects, keeping a sentence of up to 38 words whole', () => {
    const text =
      'Các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp và các cơ sở đào tạo rà soát, bổ sung nội quy về phòng, chống bạo lực học đường. Báo cáo kết quả.';
    expect(cutTitle(text)).toBe(
      'Các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp và các cơ sở đào tạo rà soát, bổ sung nội quy về phòng, chống bạo lực học đường',
    );
  });

  it('does not cut before `và` inside a capitalised name', () => {
    const text =
      'Biên soạn sổ tay hỏi đáp pháp luật về bảo vệ nguồn nước, phối hợp với Sở Nông nghiệp và Môi trường, Hội Nông dân tỉnh phổ biến rộng rãi ở thôn, bản vùng sâu, vùng xa.';
    expect(cutTitle(text)).toBe(collapse(text).replace(/\.$/, ''));
  });

  it('never adds an ellipsis and stays a verbatim prefix', () => {
    const text = `Triển khai ${'các hoạt động truyền thông '.repeat(12)}tại cơ sở.`;
    const title = cutTitle(text);
    expect(text.startsWith(title)).toBe(true);
    expect(title).not.toMatch(/…|\.\.\.$/);
  });
});
