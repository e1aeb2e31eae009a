/** The administrator's import of the State Council notice (Excel template or JSON), with what it did or the rows at fault. */
import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { holidayNameIn, type CalendarImportResult } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { importCalendarFile, TEMPLATE_URL } from './api';
import { FileButton } from '../../shared/ui/FileButton';

/** What an import did, in a sentence per year. */
function ImportSummary({ result }: { result: CalendarImportResult }) {
  const { t, i18n } = useTranslation();
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
              <Tag color="warning">
                {t('holidayCalendar.missingStatutory', {
                  days: y.missingStatutory.map((d) => `${d.date} ${holidayNameIn(d.name, i18n.language)}`).join(i18n.language.startsWith('en') ? ', ' : '、'),
                })}
              </Tag>
            </div>
          ) : null}
        </li>
      ))}
      <li>{t('holidayCalendar.recomputed', { applications: result.applicationsRecomputed, notices: result.noticesExtended })}</li>
      {result.provisionalYear ? <li>{t('holidayCalendar.nextProvisional', { year: result.provisionalYear })}</li> : null}
    </ul>
  );
}

/** The import card; `canImport` for the administrator (others get the template only). `onImported` gets the last year imported. */
export function CalendarImportCard({ canImport, onImported }: { canImport: boolean; onImported: (year: number | undefined) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CalendarImportResult | null>(null);
  const [rowErrors, setRowErrors] = useState<{ field: string; message: string }[] | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    setRowErrors(null);
    try {
      const r = await importCalendarFile(file, source);
      setResult(r);
      onImported(r.years[r.years.length - 1]?.year);
      await qc.invalidateQueries({ queryKey: queryKeys.calendar.all });
    } catch (err) {
      if (err instanceof ApiError && err.problem?.errors?.length) setRowErrors(err.problem.errors);
      else onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('holidayCalendar.importTitle')} style={{ marginBottom: 16 }}>
      {canImport ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>{t('holidayCalendar.importHelp')}</span>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={TEMPLATE_URL} data-testid="calendar-template">
              {t('holidayCalendar.template')}
            </Button>
            <Input
              value={source}
              onChange={(e) => setSource(e.target.value)}
              placeholder={t('holidayCalendar.sourcePlaceholder')}
              style={{ width: 380 }}
              data-testid="calendar-source"
            />
            <FileButton accept=".xlsx,.json" onFile={(file) => void upload(file)} type="primary" loading={busy} testId="calendar-upload">
              {busy ? t('holidayCalendar.importing') : t('holidayCalendar.upload')}
            </FileButton>
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
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setResult(null)}
          style={{ marginTop: 16 }}
          title={t('holidayCalendar.imported')}
          description={<ImportSummary result={result} />}
        />
      ) : null}
    </Card>
  );
}
