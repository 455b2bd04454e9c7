import { Card, Typography } from 'antd';

/** A section whose page is not built yet. */
export const ComingSoon = ({ title }: { title: string }) => (
  <Card>
    <Typography.Title level={1} className="page-title">
      {title}
    </Typography.Title>
    <Typography.Paragraph type="secondary">Mục này đang được xây dựng.</Typography.Paragraph>
  </Card>
);
