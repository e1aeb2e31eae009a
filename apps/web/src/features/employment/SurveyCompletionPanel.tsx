/**
 * One survey for the office: completion by chain and district, the employers still to answer
 * (remind them all at once), and the import of answers collected offline, whose bad rows are
 * listed by row and column (nothing is imported then).
 */
import { useState } from 'react';
import { Alert, App, Button, Col, Popconfirm, Progress, Row, Space, Table, Upload } from 'antd';
import { DownloadOutlined, NotificationOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { businessDate, type CompletionRow, type Survey } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { domainLabel, employerFieldName } from '../../shared/ui/enum-options';
import { importErrorText } from './survey-messages';
import { SURVEY_TEMPLATE_URL, useCloseSurvey, useImportSurvey, useRemindSurvey, useSurveyCompletion } from './survey-api';

/** Answered of surveyed, as a bar. */
export function CompletionBar({ answered, surveyed }: { answered: number; surveyed: number }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Progress
        percent={surveyed ? Math.round((answered * 100) / surveyed) : 0}
        size="small"
        style={{ width: 120, margin: 0 }}
        aria-label={t('employment.surveys.of', { answered, surveyed })}
      />
      <span>{t('employment.surveys.of', { answered, surveyed })}</span>
    </Space>
  );
}

function CompletionTable({ title, group, rows, testId }: { title: string; group: 'chain' | 'district'; rows: CompletionRow[]; testId: string }) {
  return (
    <Table<CompletionRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      columns={[
        { title, render: (_: unknown, r) => domainLabel(group, r.key) },
        { title: '', render: (_: unknown, r) => <CompletionBar answered={r.answered} surveyed={r.surveyed} /> },
      ]}
    />
  );
}

/** The completion, reminders and import of one survey. */
export function SurveyCompletionPanel({ survey, readOnly }: { survey: Survey; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const q = useSurveyCompletion(survey.id);
  const remind = useRemindSurvey();
  const close = useCloseSurvey();
  const importer = useImportSurvey();
  const [rowErrors, setRowErrors] = useState<{ field: string; message: string }[] | null>(null);
  const open = survey.closedAt === null && businessDate(new Date()) <= survey.deadline;
  const c = q.data;

  const upload = (file: File) => {
    setRowErrors(null);
    importer.mutate(
      { id: survey.id, file },
      {
        onSuccess: (r) => void message.success(t('employment.surveys.imported', r)),
        onError: (e) => {
          if (e instanceof ApiError && e.problem?.errors?.length) setRowErrors(e.problem.errors);
          onError(e);
        },
      },
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid={`completion-${survey.id}`}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <CompletionTable title={t('employment.surveys.chain')} group="chain" rows={c?.byChain ?? []} testId="by-chain" />
        </Col>
        <Col xs={24} md={12}>
          <CompletionTable title={t('employment.surveys.district')} group="district" rows={c?.byDistrict ?? []} testId="by-district" />
        </Col>
      </Row>
      <Table
        rowKey="employerId"
        size="small"
        dataSource={c?.unanswered ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        title={() => t('employment.surveys.unanswered', { count: c?.unanswered.length ?? 0 })}
        data-testid="unanswered"
        columns={[
          { title: employerFieldName('name'), dataIndex: 'name' },
          { title: t('employment.surveys.chain'), render: (_: unknown, r) => domainLabel('chain', r.chain) },
          { title: t('employment.surveys.district'), render: (_: unknown, r) => domainLabel('district', r.district) },
        ]}
      />
      {readOnly ? null : (
        <Space wrap>
          <Button
            icon={<NotificationOutlined />}
            disabled={!open || !c?.unanswered.length}
            loading={remind.isPending}
            onClick={() =>
              remind.mutate(survey.id, { onSuccess: (r) => void message.success(t('employment.surveys.reminded', r)), onError: (e) => onError(e) })
            }
            data-testid="remind"
          >
            {t('employment.surveys.remind')}
          </Button>
          <Popconfirm
            title={t('employment.surveys.closeConfirm')}
            description={t('employment.surveys.closeHelp')}
            okText={t('employment.surveys.close')}
            onConfirm={() => close.mutate(survey.id, { onSuccess: () => void message.success(t('employment.surveys.closedNow')), onError: (e) => onError(e) })}
            disabled={!open}
          >
            <Button danger icon={<StopOutlined />} disabled={!open} loading={close.isPending} data-testid="close-survey">
              {t('employment.surveys.close')}
            </Button>
          </Popconfirm>
          <Button icon={<DownloadOutlined />} href={SURVEY_TEMPLATE_URL}>
            {t('employment.surveys.template')}
          </Button>
          <Upload
            disabled={survey.closedAt !== null}
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              upload(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={importer.isPending} data-testid="import">
              {t('employment.surveys.import')}
            </Button>
          </Upload>
        </Space>
      )}
      {rowErrors ? (
        <Alert
          type="error"
          showIcon
          message={t('employment.surveys.rowErrors')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="row-errors">
              {rowErrors.map((e) => (
                <li key={`${e.field}:${e.message}`}>{importErrorText(t, e.field, e.message)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Space>
  );
}
