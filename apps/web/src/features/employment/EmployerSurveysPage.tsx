/** 需求摸排: the surveys the talent office sent to the employer, each answered with its demand until the deadline. */
import { Card, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, type DemandRecord, type MySurvey } from '@bole/contracts';
import { formatDateTime } from '../../shared/lib/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { demandFieldName, domainLabel, enumLabel } from '../../shared/ui/enum-options';
import { useMySurveys } from './survey-api';
import { SurveyAnswerForm } from './SurveyAnswerForm';

/** The records of a closed survey, read only. */
function RecordsTable({ records }: { records: DemandRecord[] }) {
  const { t } = useTranslation();
  return (
    <Table<DemandRecord>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={records}
      scroll={{ x: 800 }}
      columns={[
        { title: demandFieldName('subField'), dataIndex: 'subField' },
        { title: demandFieldName('title'), dataIndex: 'title' },
        { title: demandFieldName('headcount'), dataIndex: 'headcount' },
        { title: demandFieldName('minDegree'), render: (_: unknown, r) => (r.minDegree ? enumLabel(t, 'degree', r.minDegree) : '—') },
        { title: t('employment.surveys.salary'), render: (_: unknown, r) => `${r.salaryMin} ~ ${r.salaryMax}` },
        { title: t('employment.surveys.district'), render: (_: unknown, r) => domainLabel('district', r.district) },
        { title: demandFieldName('engagementMode'), render: (_: unknown, r) => enumLabel(t, 'demandEngagementMode', r.engagementMode) },
      ]}
    />
  );
}

function SurveyCard({ survey, today }: { survey: MySurvey; today: string }) {
  const { t } = useTranslation();
  const closed = survey.closedAt !== null || today > survey.deadline;
  return (
    <Card
      title={survey.title}
      data-testid={`survey-${survey.id}`}
      extra={
        <Tag color={survey.answeredAt ? 'green' : closed ? 'default' : 'gold'} data-testid="survey-state">
          {survey.answeredAt ? t('employment.surveys.done') : closed ? t('employment.surveys.closed') : t('employment.surveys.todo')}
        </Tag>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('employment.surveys.period')}>{survey.period}</Descriptions.Item>
          <Descriptions.Item label={t('employment.surveys.deadline')}>{survey.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('employment.surveys.answeredAt')}>
            {survey.answeredAt ? `${formatDateTime(survey.answeredAt)} · ${enumLabel(t, 'surveyAnswerSource', survey.source)}` : '—'}
          </Descriptions.Item>
        </Descriptions>
        {closed ? <RecordsTable records={survey.records} /> : <SurveyAnswerForm survey={survey} />}
      </Space>
    </Card>
  );
}

/** The employer portal's surveys page. */
export function EmployerSurveysPage() {
  const { t } = useTranslation();
  const q = useMySurveys();
  const today = businessDate(new Date());
  const items = q.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('employment.surveys.title')} subtitle={t('employment.surveys.subtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {q.isLoading ? <Card loading /> : null}
        {!q.isLoading && items.length === 0 ? <Empty description={t('employment.surveys.none')} /> : null}
        {items.map((s) => (
          <SurveyCard key={s.id} survey={s} today={today} />
        ))}
      </Space>
    </>
  );
}
