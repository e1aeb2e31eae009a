import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { PageTitle } from './PageTitle';

/** A page's title, a one-line explanation and optional actions on the right. */
export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <PageTitle>{title}</PageTitle>
        {subtitle ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        ) : null}
      </div>
      {extra}
    </Flex>
  );
}
