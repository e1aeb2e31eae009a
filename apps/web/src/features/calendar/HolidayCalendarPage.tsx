/**
 * 节假日日历: the years deadlines are counted on (official or provisional), one year's days off
 * and make-up workdays, and for the administrator the import of the State Council notice from
 * the Excel template, with the result or the rows at fault.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CalendarImportResult, CalendarYearSummary } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { ApiError } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { exportUrl, importCalendarFile, TEMPLATE_URL, useCalendarYear, useCalendarYears } from './api';
import { needsNoticeWarning } from './month-grid';
import { YearMonths } from './YearMonths';
import { enumLabel } from '../../shared/ui/enum-options';

/** The kind of a year as a coloured tag. */
function KindTag({ kind }: { kind: CalendarYearSummary['kind'] }) {
  const { t } = useTranslation();
  return kind === 'official' ? <Tag color="green">{t('holidayCalendar.official')}</Tag> : <Tag color="orange">{t('holidayCalendar.provisional')}</Tag>;
}

/** What an import did, in a sentence per year. */
function ImportSummary({ result }: { result: CalendarImportResult }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-result">
      {result.years.map((y) => (
        <li key={y.year}>
          {t('holidayCalendar.importedYear', {
            year: y.year,
            holidays: y.after.holidays,
            workdays: y.after.workdays,
            was:
              y.replaced === 'none'
                ? t('holidayCalendar.wasNone')
                : y.replaced === 'provisional'
                  ? t('holidayCalendar.wasProvisional')
                  : t('holidayCalendar.wasOfficial', { holidays: y.before?.holidays ?? 0, workdays: y.before?.workdays ?? 0 }),
          })}
          {y.changed ? null : ` ${t('holidayCalendar.unchanged')}`}
          {y.missingStatutory.length ? (
            <div>
              <Tag color="warning">{t('holidayCalendar.missingStatutory', { days: y.missingStatutory.map((d) => `${d.date} ${d.name}`).join('、') })}</Tag>
            </div>
          ) : null}
        </li>
      ))}
      <li>{t('holidayCalendar.recomputed', { applications: result.applicationsRecomputed, notices: result.noticesExtended })}</li>
      {result.provisionalYear ? <li>{t('holidayCalendar.nextProvisional', { year: result.provisionalYear })}</li> : null}
    </ul>
  );
}

/** The screen; `canImport` for the administrator (others read). */
export function HolidayCalendarPage({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const years = useCalendarYears();
  const [selected, setSelected] = useState<number | null>(null);
  const year = useCalendarYear(selected);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CalendarImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<{ field: string; message: string }[] | null>(null);
  const data = years.data;

  // Show the provisional year (or the newest) until the person picks another.
  useEffect(() => {
    if (selected === null && data?.items.length) setSelected(data.provisionalYear ?? data.items[0]!.year);
  }, [data, selected]);

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    setRowErrors(null);
    try {
      const r = await importCalendarFile(file, source);
      setResult(r);
      setSelected(r.years[r.years.length - 1]?.year ?? selected);
      await qc.invalidateQueries({ queryKey: queryKeys.calendar.all });
    } catch (err) {
      if (err instanceof ApiError && err.problem?.errors?.length) setRowErrors(err.problem.errors);
      else onError(err);
    } finally {
      setBusy(false);
    }
  };

  if (years.isLoading || !data) return <LoadingBlock />;
  return (
    <>
      <PageHeader title={t('holidayCalendar.title')} subtitle={t('holidayCalendar.subtitle')} />
      {needsNoticeWarning(data.provisionalYear, data.today) ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="provisional-warning"
          title={t('holidayCalendar.provisionalWarning', { year: data.provisionalYear })}
          description={t('holidayCalendar.provisionalWarningDetail', { year: data.provisionalYear })}
        />
      ) : null}

      <Card title={t('holidayCalendar.importTitle')} style={{ marginBottom: 16 }}>
        {canImport ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <span>{t('holidayCalendar.importHelp')}</span>
            <Space wrap>
              <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} data-testid="calendar-template">
                {t('holidayCalendar.template')}
              </Button>
              <Input value={source} onChange={(e) => setSource(e.target.value)} placeholder={t('holidayCalendar.sourcePlaceholder')} style={{ width: 380 }} data-testid="calendar-source" />
              <Upload
                accept=".xlsx,.json"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file);
                  return false;
                }}
              >
                <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="calendar-upload">
                  {busy ? t('holidayCalendar.importing') : t('holidayCalendar.upload')}
                </Button>
              </Upload>
            </Space>
          </Space>
        ) : (
          <Space wrap>
            <span>{t('holidayCalendar.readOnly')}</span>
            <Button icon={<DownloadOutlined />} href={TEMPLATE_URL}>
              {t('holidayCalendar.template')}
            </Button>
          </Space>
        )}
        {rowErrors ? (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setRowErrors(null)}
            style={{ marginTop: 16 }}
            title={t('holidayCalendar.importFailed')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="calendar-import-errors">
                {rowErrors.map((e) => (
                  <li key={`${e.field}${e.message}`}>
                    {e.field.replace(/^row (\d+)$/, '第 $1 行 row $1')}: {e.message}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {result ? (
          <Alert type="success" showIcon closable onClose={() => setResult(null)} style={{ marginTop: 16 }} title={t('holidayCalendar.imported')} description={<ImportSummary result={result} />} />
        ) : null}
      </Card>

      <Card style={{ marginBottom: 16 }}>
        <Table
          rowKey="year"
          dataSource={data.items}
          pagination={false}
          size="middle"
          scroll={{ x: 1100 }}
          data-testid="calendar-years"
          rowClassName={(y) => (y.year === selected ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('holidayCalendar.year'), dataIndex: 'year' },
            { title: t('holidayCalendar.kind'), render: (_: unknown, y: CalendarYearSummary) => <span data-testid={`kind-${y.year}`}><KindTag kind={y.kind} /></span> },
            { title: t('holidayCalendar.holidays'), dataIndex: 'holidays', align: 'right' },
            { title: t('holidayCalendar.workdays'), dataIndex: 'workdays', align: 'right' },
            { title: t('holidayCalendar.workingDays'), dataIndex: 'workingDays', align: 'right' },
            { title: t('holidayCalendar.source'), dataIndex: 'source', ellipsis: true, width: 260 },
            { title: t('holidayCalendar.loadedBy'), render: (_: unknown, y: CalendarYearSummary) => (y.loadedBy === 'system' ? enumLabel(t, 'actor', 'system') : y.loadedBy) },
            { title: t('holidayCalendar.loadedAt'), render: (_: unknown, y: CalendarYearSummary) => dayjs(y.loadedAt).format('YYYY-MM-DD HH:mm') },
            {
              title: '',
              render: (_: unknown, y: CalendarYearSummary) => (
                <Space>
                  <Button size="small" onClick={() => setSelected(y.year)} data-testid={`view-${y.year}`}>
                    {t('holidayCalendar.view')}
                  </Button>
                  <Button size="small" icon={<DownloadOutlined />} href={exportUrl(y.year)}>
                    {t('holidayCalendar.export')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {year.data ? (
        <Card
          title={
            <Space>
              <span>{year.data.year}</span>
              <KindTag kind={year.data.kind} />
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">
            {t('holidayCalendar.source')}：{year.data.source}
          </Typography.Paragraph>
          <YearMonths year={year.data} />
        </Card>
      ) : selected !== null ? (
        <LoadingBlock />
      ) : null}
    </>
  );
}
