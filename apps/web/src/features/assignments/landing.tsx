import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import type { Session } from '../../api/types';

/** For visitors without an agency officer's account: what dondoc is and where to go. */
export const Landing = ({ session }: { session: Session | null }) => (
  <Card>
    <Typography.Title level={1} className="page-title">
      Theo dõi, đôn đốc thực hiện kế hoạch phổ biến, giáo dục pháp luật
    </Typography.Title>
    <Typography.Paragraph>
      dondoc gửi thư điện tử nhắc các cơ quan về nhiệm vụ được giao trong kế hoạch và nhận báo cáo kết quả thực hiện. Cơ
      quan chỉ cần mở liên kết trong thư để xem nhiệm vụ và gửi báo cáo, không cần tài khoản.
    </Typography.Paragraph>
    {session?.assignmentId ? (
      <Typography.Paragraph>
        <Link to={`/bao-cao/${session.assignmentId}`}>Mở trang báo cáo nhiệm vụ của cơ quan</Link>
      </Typography.Paragraph>
    ) : null}
    {session?.inspectionId ? (
      <Typography.Paragraph>
        <Link to={`/kiem-tra/${session.inspectionId}`}>Mở trang kiểm tra của đoàn</Link>
      </Typography.Paragraph>
    ) : null}
    {session ? null : (
      <Typography.Paragraph>
        Cán bộ có tài khoản: <Link to="/dang-nhap">đăng nhập</Link>.
      </Typography.Paragraph>
    )}
  </Card>
);
