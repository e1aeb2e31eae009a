/**
 * A table that becomes a list of cards on a phone (below 600 px): each row one card, titled by
 * its first column, with every other column as a "label: value" line, so nothing wraps one
 * character per line or is cut off at the edge.
 */
import type { ReactNode } from 'react';
import { Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useNarrowScreen } from '../lib/narrow-screen';
import './card-table.css';

/** One column: its heading and how a row shows in it. */
export interface CardColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
}

/** Props of {@link CardTable}. */
export interface CardTableProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly CardColumn<T>[];
  emptyText: ReactNode;
  loading?: boolean;
  testId?: string;
  /** Extra antd table options on a wide screen (an expandable row, a scroll width). */
  table?: Omit<TableProps<T>, 'columns' | 'dataSource' | 'rowKey'>;
  /** Shown at the foot of a row's card (on a phone, in place of an expanded row). */
  cardFooter?: (row: T) => ReactNode;
}

/** A table on a wide screen, cards on a phone. */
export function CardTable<T extends object>({ rows, rowKey, columns, emptyText, loading, testId, table, cardFooter }: CardTableProps<T>) {
  const narrow = useNarrowScreen();
  if (!narrow) {
    return (
      <Table<T>
        {...table}
        data-testid={testId}
        rowKey={rowKey}
        loading={loading ?? false}
        dataSource={[...rows]}
        pagination={false}
        locale={{ emptyText }}
        columns={columns.map((c) => ({ key: c.key, title: c.title, align: c.align ?? 'left', render: (_: unknown, row: T) => c.render(row) }))}
      />
    );
  }
  if (!loading && rows.length === 0) return <Empty description={emptyText} data-testid={testId} />;
  const [head, ...rest] = columns;
  return (
    <Flex vertical gap={12} data-testid={testId} className="card-table">
      {rows.map((row) => (
        <Card key={rowKey(row)} size="small" title={head ? head.render(row) : null} data-testid={`${testId ?? 'row'}-card`}>
          <dl className="card-table-lines">
            {rest.map((c) => (
              <div key={c.key}>
                {c.title ? <dt>{c.title}</dt> : null}
                <dd>{c.render(row)}</dd>
              </div>
            ))}
          </dl>
          {cardFooter ? <div className="card-table-footer">{cardFooter(row)}</div> : null}
        </Card>
      ))}
      {loading ? <Typography.Text type="secondary">…</Typography.Text> : null}
    </Flex>
  );
}
