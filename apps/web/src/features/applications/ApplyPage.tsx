/** The talent applies: apply-policies they qualify for today, each with its evidence picker; and the new-arrival bundle. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, List, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApplicablePolicy, BundleResult } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { formatFen } from '../../shared/lib/money';
import { useApplicable, useApplicationActions, useEvidenceOnFile } from './api';
import { EvidencePicker, type Choices } from './EvidencePicker';

function PolicyCard({ p }: { p: ApplicablePolicy }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onFile = useEvidenceOnFile();
  const { apply } = useApplicationActions();
  const [choices, setChoices] = useState<Choices>({});
  const submit = async () => {
    const evidence = Object.entries(choices).flatMap(([k, v]) => (v ? [{ requirement: Number(k), evidenceId: v }] : []));
    try {
      const created = await apply.mutateAsync({ policyId: p.policyId, ...(evidence.length ? { evidence } : {}) });
      message.success(t('applications.applied'));
      void navigate(`/applications/${created.id}`);
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  return (
    <Card title={p.title[lang]} data-testid={`apply-${p.policyId}`} extra={<Tag color="gold">{formatFen(p.valueFen, i18n.language)}</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('applications.value')}>{p.summary[lang]}</Descriptions.Item>
        <Descriptions.Item label={t('applications.stages')}>
          <Steps
            size="small"
            current={-1}
            items={p.stages.map((s) => ({ title: s.departmentName[lang], description: t('applications.working', { n: s.slaWorkingDays }) }))}
          />
        </Descriptions.Item>
      </Descriptions>
      {p.existingApplicationId ? (
        <Link to={`/applications/${p.existingApplicationId}`} data-testid={`existing-${p.policyId}`}>
          {t('applications.alreadyApplied')}
        </Link>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('applications.evidence')}</Typography.Text>
          <EvidencePicker
            requirements={p.requirements}
            onFile={onFile.data?.items ?? []}
            choices={choices}
            onChange={setChoices}
            testId={`evidence-${p.policyId}`}
          />
          <Button type="primary" onClick={() => void submit()} loading={apply.isPending} data-testid={`submit-${p.policyId}`}>
            {t('applications.apply')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

/** The apply page. */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const q = useApplicable();
  const { bundle } = useApplicationActions();
  const [result, setResult] = useState<BundleResult | null>(null);
  const { message } = App.useApp();
  if (q.isPending) return <LoadingBlock />;
  if (q.isError) return <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  const runBundle = async () => {
    try {
      setResult(await bundle.mutateAsync({ recognition: true }));
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  return (
    <>
      <PageHeader
        title={t('applications.applyTitle')}
        subtitle={t('applications.applySubtitle')}
        extra={
          <Button onClick={() => void runBundle()} loading={bundle.isPending} data-testid="bundle" title={t('applications.bundleHint')}>
            {t('applications.bundle')}
          </Button>
        }
      />
      {result ? (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          closable
          data-testid="bundle-result"
          message={t('applications.bundleDone', { opened: result.opened.length + (result.recognitionId ? 1 : 0), skipped: result.skipped.length })}
          description={
            <List
              size="small"
              dataSource={result.skipped}
              renderItem={(s) => <List.Item>{`${t('applications.skipped')} · ${s.item}: ${s.why[lang]}`}</List.Item>}
            />
          }
        />
      ) : null}
      {q.data.items.length === 0 ? (
        <Empty description={t('applications.none')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="applicable-list">
          {q.data.items.map((p) => (
            <PolicyCard key={p.policyId} p={p} />
          ))}
        </Space>
      )}
    </>
  );
}
