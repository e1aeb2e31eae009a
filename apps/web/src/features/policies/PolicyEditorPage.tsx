import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, List, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import type { ExampleRun, PolicyVersionSummary, YamlError } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { errorText } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePolicyMutations, usePolicyVersion, usePolicyVersions, validatePolicyYaml } from './api';
import { YamlEditor, type YamlEditorHandle } from './YamlEditor';
import { enumLabel } from '../../shared/ui/enum-options';

const STATUS_COLORS: Record<string, string> = { draft: 'default', published: 'green', retired: 'red' };

/** The YAML errors a failed request carries (line and column per error), if any. */
function yamlErrorsOf(err: unknown): YamlError[] {
  if (!(err instanceof ApiError)) return [];
  return ((err.problem?.errors ?? []) as Partial<YamlError>[]).filter((e): e is YamlError => typeof e.line === 'number');
}

function ExampleResults({ run }: { run: ExampleRun | null }) {
  const { t } = useTranslation();
  if (!run) return <Typography.Text type="secondary">{t('policies.examples.none')}</Typography.Text>;
  return (
    <div data-testid="example-results">
      <Space style={{ marginBottom: 8 }}>
        <Tag color="green">{t('policies.examples.passed', { count: run.passed })}</Tag>
        {run.failed ? <Tag color="red">{t('policies.examples.failed', { count: run.failed })}</Tag> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(run.ranAt).format('YYYY-MM-DD HH:mm')}
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

/** One document of the pack: its versions, a YAML editor with errors at their lines, examples, publication. */
export function PolicyEditorPage({ readOnly }: { readOnly?: boolean }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const versions = usePolicyVersions(id);
  const latest = versions.data?.items.at(-1)?.version ?? null;
  const selected = params.get('v') ? Number(params.get('v')) : latest;
  const detail = usePolicyVersion(id, selected);
  const m = usePolicyMutations(id);
  const editor = useRef<YamlEditorHandle>(null);
  const [text, setText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<YamlError[]>([]);
  const [run, setRun] = useState<ExampleRun | null>(null);
  const [publishOpen, setPublishOpen] = useState(false);
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(dayjs().add(1, 'day').format('YYYY-MM-DD'));
  const [publishError, setPublishError] = useState<string | null>(null);

  useEffect(() => {
    if (!detail.data) return;
    setText(detail.data.yaml);
    setDirty(false);
    setErrors([]);
    setRun(detail.data.examples);
  }, [detail.data]);

  // Live validation while typing (debounced); nothing is stored.
  useEffect(() => {
    if (!dirty || readOnly) return;
    const timer = setTimeout(() => {
      validatePolicyYaml(id, text).then(
        (r) => setErrors(r.errors),
        () => undefined,
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [text, dirty, id, readOnly]);

  const select = (v: number) => setParams({ v: String(v) });
  const current = versions.data?.items.find((v) => v.version === selected) ?? null;

  const save = () =>
    m.create.mutate(text, {
      onSuccess: (v) => {
        void message.success(t('policies.saved', { version: v.version }));
        select(v.version);
      },
      onError: (err) => {
        setErrors(yamlErrorsOf(err));
        void message.error(errorText(err, i18n.language, t));
      },
    });
  const runExamples = () =>
    current &&
    m.runExamples.mutate(current.version, {
      onSuccess: (r) => setRun(r),
      onError: (err) => void message.error(errorText(err, i18n.language, t)),
    });
  const publish = () =>
    current &&
    effectiveFrom &&
    m.publish.mutate(
      { v: current.version, effectiveFrom },
      {
        onSuccess: (v) => {
          setPublishOpen(false);
          setPublishError(null);
          setRun(v.examples);
          void message.success(t('policies.published', { version: v.version, date: v.effectiveFrom }));
        },
        onError: (err) => {
          setPublishError(errorText(err, i18n.language, t));
          void versions.refetch();
        },
      },
    );

  const columns = [
    { key: 'v', title: t('policies.versionCol'), render: (_: unknown, v: PolicyVersionSummary) => <a onClick={() => select(v.version)} data-testid={`version-${v.version}`}>v{v.version}</a> },
    {
      key: 'status',
      title: t('policies.statusCol'),
      render: (_: unknown, v: PolicyVersionSummary) => (
        <Space size={2} wrap>
          <Tag color={STATUS_COLORS[v.status]} data-testid={`version-${v.version}-status`}>{enumLabel(t, 'policyVersionStatus', v.status)}</Tag>
          {v.inForce ? <Tag color="green">{t('policies.inForceNow')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'from', title: t('policies.effectiveFrom'), render: (_: unknown, v: PolicyVersionSummary) => v.effectiveFrom ?? '—' },
    {
      key: 'ex',
      title: t('policies.examples.title'),
      render: (_: unknown, v: PolicyVersionSummary) =>
        v.examples ? <Tag color={v.examples.failed ? 'red' : 'green'}>{`${v.examples.passed}/${v.examples.passed + v.examples.failed}`}</Tag> : '—',
    },
  ];

  if (versions.isPending) return <LoadingBlock />;
  if (versions.isError) return <LoadError text={errorText(versions.error, i18n.language, t)} onRetry={() => void versions.refetch()} />;
  const isDraft = current?.status === 'draft';

  return (
    <>
      <PageHeader
        title={
          <Space>
            <Link to="/policies">{t('policies.title')}</Link>
            <span>/</span>
            <span style={{ fontFamily: 'monospace' }}>{id}</span>
          </Space>
        }
        subtitle={t('policies.editorHint')}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9} xxl={8}>
          <Card size="small" title={t('policies.versions')}>
            <Table<PolicyVersionSummary>
              rowKey="version"
              size="small"
              pagination={false}
              columns={columns}
              dataSource={versions.data.items}
              rowClassName={(v) => (v.version === selected ? 'ant-table-row-selected' : '')}
            />
          </Card>
          <Card size="small" title={t('policies.examples.title')} style={{ marginTop: 16 }}>
            <ExampleResults run={run} />
          </Card>
        </Col>
        <Col xs={24} xl={15} xxl={16}>
          <Card
            size="small"
            title={
              <Space>
                <span>{t('policies.source')}</span>
                {current ? <Tag color={STATUS_COLORS[current.status]}>{`v${current.version} · ${enumLabel(t, 'policyVersionStatus', current.status)}`}</Tag> : null}
                {dirty ? <Tag color="orange">{t('policies.edited')}</Tag> : null}
              </Space>
            }
            extra={
              readOnly ? null : (
                <Space wrap>
                  <Button onClick={save} type={dirty ? 'primary' : 'default'} loading={m.create.isPending} data-testid="save-draft">
                    {t('policies.saveDraft')}
                  </Button>
                  <Button onClick={runExamples} disabled={!current || dirty} loading={m.runExamples.isPending} data-testid="run-examples">
                    {t('policies.runExamples')}
                  </Button>
                  <Button type="primary" danger={false} onClick={() => setPublishOpen(true)} disabled={!isDraft || dirty} data-testid="publish">
                    {t('policies.publish')}
                  </Button>
                </Space>
              )
            }
          >
            {detail.isPending ? (
              <LoadingBlock />
            ) : (
              <YamlEditor
                ref={editor}
                value={text}
                errors={errors}
                readOnly={readOnly}
                ariaLabel={t('policies.source')}
                onChange={(v) => {
                  setText(v);
                  setDirty(true);
                }}
              />
            )}
            <div style={{ marginTop: 12 }} data-testid="yaml-errors">
              {errors.length === 0 ? (
                dirty ? <Alert type="success" showIcon message={t('policies.noErrors')} /> : null
              ) : (
                <Alert
                  type="error"
                  showIcon
                  message={t('policies.errorCount', { count: errors.length })}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {errors.map((e, i) => (
                        <li key={i}>
                          <a onClick={() => editor.current?.goTo(e.line, e.column)} data-testid="yaml-error">
                            {t('policies.errorAt', { line: e.line, column: e.column })}
                          </a>{' '}
                          {e.message}
                          {e.file && !e.file.startsWith(id) ? <Typography.Text type="secondary">{` (${e.file})`}</Typography.Text> : null}
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
            </div>
          </Card>
        </Col>
      </Row>
      <Modal
        title={t('policies.publishTitle', { version: current?.version ?? '' })}
        open={publishOpen}
        onCancel={() => {
          setPublishOpen(false);
          setPublishError(null);
        }}
        onOk={publish}
        okText={t('policies.publish')}
        okButtonProps={{ loading: m.publish.isPending, disabled: !effectiveFrom, id: 'confirm-publish' }}
      >
        <Typography.Paragraph>{t('policies.publishHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('policies.effectiveFrom')}</span>
          <DateField value={effectiveFrom} onChange={setEffectiveFrom} aria-label={t('policies.effectiveFrom')} />
          {publishError ? <Alert type="error" showIcon message={publishError} data-testid="publish-error" /> : null}
        </Space>
      </Modal>
      {versions.data.items.length === 0 ? <Empty /> : null}
    </>
  );
}
