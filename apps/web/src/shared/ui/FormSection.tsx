import type { ReactNode } from 'react';
import { Card, Row } from 'antd';

/** A titled card grouping form fields in a responsive grid. */
export function FormSection({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }} data-testid={testId} styles={{ body: { paddingBottom: 0 } }}>
      <Row gutter={[16, 0]}>{children}</Row>
    </Card>
  );
}
