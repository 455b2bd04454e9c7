import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';

/** The agency's private calendar feed: subscribed to once, it shows every deadline and moves with them. */
export const CalendarFeed = ({ url }: { url: string | null }) => {
  const [copied, setCopied] = useState(false);
  if (!url) return null;
  // Where the browser refuses the clipboard, the address stays selectable in the field.
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Card title={<h2 className="card-heading">Thêm vào lịch của bạn</h2>}>
      <Typography.Paragraph>
        Sao chép địa chỉ dưới đây và thêm vào ứng dụng lịch (Google Calendar, Outlook, lịch trên điện thoại) bằng chức
        năng “Thêm lịch từ URL” hoặc “Đăng ký lịch”. Lịch sẽ hiện mọi hạn báo cáo chưa hoàn thành của cơ quan, kèm lời
        nhắc trước hạn, và tự cập nhật khi hạn thay đổi. Đây là địa chỉ riêng của cơ quan: không chia sẻ ra ngoài.
      </Typography.Paragraph>
      <Flex vertical gap="small">
        <Input
          readOnly
          value={url}
          aria-label="Địa chỉ lịch của cơ quan"
          onFocus={(event) => event.currentTarget.select()}
        />
        <div>
          <Button icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />} onClick={copy}>
            {copied ? 'Đã sao chép' : 'Sao chép địa chỉ lịch'}
          </Button>
        </div>
      </Flex>
    </Card>
  );
};
