import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A console page's title (also the document's) with its actions beside it, wrapping on a phone. */
export const PageHeading = ({ title, actions, intro }: { title: string; actions?: ReactNode; intro?: ReactNode }) => {
  useDocumentTitle(title);
  return (
    <div className="directory-heading">
      <Flex wrap gap="middle" align="center" justify="space-between">
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {actions ? (
          <Flex wrap gap="small">
            {actions}
          </Flex>
        ) : null}
      </Flex>
      {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
    </div>
  );
};
