import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Row, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { YamlError } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePolicyMutations, usePolicyVersion, usePolicyVersions } from './api';
import { YamlEditor, type YamlEditorHandle } from './YamlEditor';
import { enumLabel } from '../../shared/ui/enum-options';
import { ExampleResults, PendingPublicationNotice, STATUS_COLORS, VersionsTable, YamlErrors } from './PolicyEditorParts';
import { PublishModal } from './PublishModal';
import { usePolicyDraft } from './use-policy-draft';
import { CommonEdits } from './CommonEdits';
import { VersionDiff } from './VersionDiff';

/** The YAML errors a failed request carries (line and column per error), if any. */
function yamlErrorsOf(err: unknown): YamlError[] {
  if (!(err instanceof ApiError)) return [];
  return ((err.problem?.errors ?? []) as Partial<YamlError>[]).filter((e): e is YamlError => typeof e.line === 'number');
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
  const draft = usePolicyDraft(id, detail.data, readOnly);
  const [publishOpen, setPublishOpen] = useState(false);

  const select = (v: number) => setParams({ v: String(v) });
  const current = versions.data?.items.find((v) => v.version === selected) ?? null;

  const save = () =>
    m.create.mutate(draft.text, {
      onSuccess: (v) => {
        void message.success(t('policies.saved', { version: v.version }));
        select(v.version);
      },
      onError: (err) => {
        draft.refused(yamlErrorsOf(err));
        void message.error(errorText(err, i18n.language, t));
      },
    });
  const runExamples = () =>
    current &&
    m.runExamples.mutate(current.version, {
      onSuccess: (r) => draft.setRun(r),
      onError: (err) => void message.error(errorText(err, i18n.language, t)),
    });

  if (versions.isPending) return <LoadingBlock />;
  if (versions.isError) return <LoadError text={errorText(versions.error, i18n.language, t)} onRetry={() => void versions.refetch()} />;
  const isDraft = current?.status === 'draft';
  const { dirty } = draft;
  // The server refuses a publication unless every example passes; the button says so first.
  const examplesPass = !!draft.run && draft.run.failed === 0 && draft.run.passed > 0;

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
            <VersionsTable items={versions.data.items} selected={selected} onSelect={select} />
          </Card>
          <Card size="small" title={t('policies.examples.title')} style={{ marginTop: 16 }}>
            {isDraft && !dirty && !examplesPass && !readOnly ? (
              <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('policies.publishBlocked')} data-testid="publish-blocked" />
            ) : null}
            <ExampleResults run={draft.run} />
          </Card>
          {readOnly || !current ? null : (
            <Card size="small" title={t('policies.edits.title')} style={{ marginTop: 16 }}>
              <CommonEdits text={draft.text} onChange={draft.edit} />
            </Card>
          )}
          <Card size="small" title={t('policies.diff.title')} style={{ marginTop: 16 }}>
            <VersionDiff id={id} versions={versions.data.items} current={selected} text={draft.text} />
          </Card>
        </Col>
        <Col xs={24} xl={15} xxl={16}>
          <Card
            size="small"
            title={
              <Space>
                <span>{t('policies.source')}</span>
                {current ? (
                  <Tag color={STATUS_COLORS[current.status]}>{`v${current.version} · ${enumLabel(t, 'policyVersionStatus', current.status)}`}</Tag>
                ) : null}
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
                  <Button type="primary" onClick={() => setPublishOpen(true)} disabled={!isDraft || dirty || !examplesPass} data-testid="publish">
                    {t('policies.publish')}
                  </Button>
                </Space>
              )
            }
          >
            {current?.pendingPublication ? (
              <PendingPublicationNotice version={current.version} pending={current.pendingPublication} readOnly={!!readOnly} />
            ) : null}
            {detail.isPending ? (
              <LoadingBlock />
            ) : (
              <YamlEditor ref={editor} value={draft.text} errors={draft.errors} readOnly={readOnly} ariaLabel={t('policies.source')} onChange={draft.edit} />
            )}
            <YamlErrors id={id} errors={draft.errors} check={draft.check} onGoTo={(line, column) => editor.current?.goTo(line, column)} />
          </Card>
        </Col>
      </Row>
      <PublishModal
        version={current?.version ?? null}
        open={publishOpen}
        publish={m.publish}
        onClose={() => setPublishOpen(false)}
        onPublished={(v) => draft.setRun(v.examples)}
        onFailed={() => void versions.refetch()}
      />
      {versions.data.items.length === 0 ? <Empty /> : null}
    </>
  );
}
