import type { CSSProperties, ReactNode } from 'react';
import { Typography } from 'antd';

/**
 * A screen's title: its one `h1` (every screen has one, for screen readers and the outline),
 * drawn at the size of antd's level-3 heading so screens look as they did.
 */
export function PageTitle({ children, testId, style }: { children: ReactNode; testId?: string; style?: CSSProperties }) {
  return (
    <Typography.Title level={1} className="page-title" data-testid={testId} style={style}>
      {children}
    </Typography.Title>
  );
}
