/**
 * 需求台账 for the office: every open posting and every survey answer's line as demand records per
 * employer, narrowed by chain, district or survey (a survey leaves postings out), downloadable as Excel.
 */
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DemandRow } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { demandFieldName, domainLabel, employerFieldName, enumLabel, enumOptions } from '../../shared/ui/enum-options';
import { demandRecordsXlsxUrl, useDemandRecords, useSurveys } from './survey-api';

const FILTERS = ['chain', 'district', 'surveyId'] as const;

/** The office's demand records; the filters live in the address (`?chain=&district=&surveyId=`). */
export function DemandRecordsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : []))).toString();
  const q = useDemandRecords(query);
  const surveys = useSurveys();
  const set = (f: (typeof FILTERS)[number], v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(f, v);
    else next.delete(f);
    setParams(next);
  };
  const items = q.data?.items ?? [];
  const employers = new Set(items.map((r) => r.employerId)).size;
  const headcount = items.reduce((n, r) => n + r.headcount, 0);
  const filter = (f: (typeof FILTERS)[number], label: string, options: { value: string; label: string }[], width = 160) => (
    <Space>
      <label htmlFor={`demand-${f}`}>{label}</label>
      <Select id={`demand-${f}`} allowClear value={params.get(f) ?? undefined} onChange={(v?: string) => set(f, v)} options={options} style={{ width }} />
    </Space>
  );
  return (
    <>
      <PageHeader title={t('employment.demand.title')} subtitle={t('employment.demand.subtitle')} />
      <Space wrap style={{ marginBottom: 16 }}>
        {filter('chain', t('employment.surveys.chain'), enumOptions(t, 'chain', cityCodes('chain')))}
        {filter('district', t('employment.surveys.district'), enumOptions(t, 'district', cityCodes('district')))}
        {filter(
          'surveyId',
          t('employment.demand.survey'),
          (surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
          280,
        )}
        <Button icon={<DownloadOutlined />} href={demandRecordsXlsxUrl(query)} data-testid="demand-xlsx">
          {t('employment.demand.excel')}
        </Button>
      </Space>
      {q.isError ? <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} /> : null}
      <Card>
        <Typography.Paragraph data-testid="demand-summary">
          {t('employment.demand.summary', { count: items.length, employers, headcount })}
        </Typography.Paragraph>
        <Table<DemandRow>
          rowKey={(r) => `${r.source}:${r.id}`}
          size="small"
          loading={q.isPending}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('employment.demand.empty') }}
          data-testid="demand-records"
          columns={[
            { title: employerFieldName('name'), dataIndex: 'employerName' },
            {
              title: t('employment.demand.source'),
              render: (_: unknown, r) => (
                <Space direction="vertical" size={0}>
                  <Tag color={r.source === 'posting' ? 'blue' : 'gold'}>{enumLabel(t, 'demandSource', r.source)}</Tag>
                  {r.surveyTitle ? <Typography.Text type="secondary">{r.surveyTitle}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t('employment.surveys.chain'), render: (_: unknown, r) => domainLabel('chain', r.chain) },
            { title: demandFieldName('subField'), dataIndex: 'subField' },
            { title: demandFieldName('title'), dataIndex: 'title' },
            { title: demandFieldName('headcount'), dataIndex: 'headcount', align: 'right' },
            { title: demandFieldName('minDegree'), render: (_: unknown, r) => (r.minDegree ? enumLabel(t, 'degree', r.minDegree) : '—') },
            { title: t('employment.demand.salary'), render: (_: unknown, r) => `${r.salaryMin.toLocaleString()}–${r.salaryMax.toLocaleString()}` },
            { title: t('employment.surveys.district'), render: (_: unknown, r) => domainLabel('district', r.district) },
            { title: demandFieldName('engagementMode'), render: (_: unknown, r) => enumLabel(t, 'demandEngagementMode', r.engagementMode) },
            { title: t('employment.demand.date'), dataIndex: 'date' },
          ]}
        />
      </Card>
    </>
  );
}
