/** The policy editor's panels: the version table, the examples' results and the YAML error list. */
import { Alert, List, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExampleRun, PendingPublication, PolicyVersionSummary, YamlError } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';
import type { CheckState } from './use-policy-draft';
import { yamlMessage } from './yaml-messages';
import { formatDateTime } from '../../shared/lib/date-time';

export const STATUS_COLORS: Record<string, string> = { draft: 'default', published: 'green', retired: 'red' };

/** The last run of a version's examples, each passed or failed with its mismatches. */
export function ExampleResults({ run }: { run: ExampleRun | null }) {
  const { t } = useTranslation();
  if (!run) return <Typography.Text type="secondary">{t('policies.examples.none')}</Typography.Text>;
  return (
    <div data-testid="example-results">
      <Space style={{ marginBottom: 8 }}>
        <Tag color="green">{t('policies.examples.passed', { count: run.passed })}</Tag>
        {run.failed ? <Tag color="red">{t('policies.examples.failed', { count: run.failed })}</Tag> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(run.ranAt)}
        </Typography.Text>
      </Space>
      <List
        size="small"
        dataSource={run.results}
        renderItem={(r) => (
          <List.Item data-testid={r.passed ? 'example-pass' : 'example-fail'}>
            <Space direction="vertical" size={0}>
              <span>
                {r.passed ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />} {r.name}
              </span>
              {r.mismatches.map((m) => (
                <Typography.Text key={m} type="danger" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                  {m}
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}

/** A document's versions: status, in force, effective date, examples; a click selects one. */
export function VersionsTable({ items, selected, onSelect }: { items: PolicyVersionSummary[]; selected: number | null; onSelect: (version: number) => void }) {
  const { t } = useTranslation();
  const columns = [
    {
      key: 'v',
      title: t('policies.versionCol'),
      render: (_: unknown, v: PolicyVersionSummary) => (
        <a onClick={() => onSelect(v.version)} data-testid={`version-${v.version}`}>
          v{v.version}
        </a>
      ),
    },
    {
      key: 'status',
      title: t('policies.statusCol'),
      render: (_: unknown, v: PolicyVersionSummary) => (
        <Space size={2} wrap>
          <Tag color={STATUS_COLORS[v.status]} data-testid={`version-${v.version}-status`}>
            {enumLabel(t, 'policyVersionStatus', v.status)}
          </Tag>
          {v.inForce ? <Tag color="green">{t('policies.inForceNow')}</Tag> : null}
          {v.pendingPublication ? (
            <Tag color="gold" data-testid={`version-${v.version}-pending`}>
              {enumLabel(t, 'secondApprovalStatus', 'pending')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'from',
      title: t('policies.effectiveFrom'),
      render: (_: unknown, v: PolicyVersionSummary) => v.effectiveFrom ?? v.pendingPublication?.effectiveFrom ?? '—',
    },
    {
      key: 'ex',
      title: t('policies.examples.title'),
      render: (_: unknown, v: PolicyVersionSummary) =>
        v.examples ? <Tag color={v.examples.failed ? 'red' : 'green'}>{`${v.examples.passed}/${v.examples.passed + v.examples.failed}`}</Tag> : '—',
    },
  ];
  return (
    <Table<PolicyVersionSummary>
      rowKey="version"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={items}
      rowClassName={(v) => (v.version === selected ? 'ant-table-row-selected' : '')}
    />
  );
}

/**
 * The YAML errors at their lines in the interface's language (a click moves the editor there);
 * after an edit, "checking" until the server has answered for the current text, then "no errors".
 */
export function YamlErrors({
  id,
  errors,
  check,
  onGoTo,
}: {
  id: string;
  errors: YamlError[];
  check: CheckState;
  onGoTo: (line: number, column: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: 12 }} data-testid="yaml-errors" aria-live="polite">
      {check === 'checking' ? (
        <Alert type="info" showIcon message={t('policies.checking')} />
      ) : check === 'failed' ? (
        <Alert type="warning" showIcon message={t('common.networkError')} />
      ) : errors.length === 0 ? (
        check === 'checked' ? (
          <Alert type="success" showIcon message={t('policies.noErrors')} />
        ) : null
      ) : (
        <Alert
          type="error"
          showIcon
          message={t('policies.errorCount', { count: errors.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {errors.map((e, i) => (
                <li key={i}>
                  <a onClick={() => onGoTo(e.line, e.column)} data-testid="yaml-error">
                    {t('policies.errorAt', { line: e.line, column: e.column })}
                  </a>{' '}
                  {yamlMessage(e.message, t)}
                  {e.file && !e.file.startsWith(id) ? <Typography.Text type="secondary">{` (${e.file})`}</Typography.Text> : null}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

/**
 * A draft whose publication was requested: nothing is published until an officer other than the
 * one who asked approves it (待我复核).
 */
export function PendingPublicationNotice({ version, pending, readOnly }: { version: number; pending: PendingPublication; readOnly: boolean }) {
  const { t } = useTranslation();
  const vars = { version, date: pending.effectiveFrom, name: pending.requestedByName ?? '—' };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="publication-pending"
      message={enumLabel(t, 'secondApprovalStatus', 'pending')}
      description={
        <Space direction="vertical" size={2}>
          <span>{pending.requestedByYou ? t('policies.pendingMine', vars) : t('policies.pendingOther', vars)}</span>
          {pending.reason ? <Typography.Text type="secondary">{t('policies.pendingReason', { reason: pending.reason })}</Typography.Text> : null}
          {!pending.requestedByYou && !readOnly ? <Link to="/approvals">{t('policies.goApprove')}</Link> : null}
        </Space>
      }
    />
  );
}
