import { Card, Flex, Result, Typography } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { linkProblemTexts, readLinkProblem } from './link-problem';
import { RenewalForm } from './renewal-form';

export const LinkProblemPage = () => {
  const { token } = useParams();
  const problem = useMemo(() => readLinkProblem(), []);
  const texts = linkProblemTexts[problem];
  useDocumentTitle(texts.title);
  return (
    <Flex vertical gap="large" className="narrow-column">
      <Result status="warning" title={<h1 className="result-heading">{texts.title}</h1>} subTitle={texts.explanation} />
      <Card title={<h2 className="card-heading">Nhận liên kết mới</h2>}>
        <Typography.Paragraph>
          dondoc sẽ gửi một liên kết mới tới địa chỉ thư điện tử đã đăng ký của cơ quan. Liên kết chỉ được gửi tới địa
          chỉ đã đăng ký, không gửi tới địa chỉ khác.
        </Typography.Paragraph>
        <RenewalForm token={token} />
      </Card>
    </Flex>
  );
};
