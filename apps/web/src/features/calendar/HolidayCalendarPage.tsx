/**
 * 节假日日历: the years deadlines are counted on (official or provisional), one year's days off
 * and make-up workdays, and for the administrator the import of the State Council notice from
 * the Excel template, with the result or the rows at fault.
 */
import { useEffect, useState } from 'react';
import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useCalendarYear, useCalendarYears } from './api';
import { CalendarImportCard } from './CalendarImportCard';
import { CalendarYearsTable, KindTag } from './CalendarYearsTable';
import { needsNoticeWarning } from './month-grid';
import { YearMonths } from './YearMonths';

/** The screen; `canImport` for the administrator (others read). */
export function HolidayCalendarPage({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const years = useCalendarYears();
  const [selected, setSelected] = useState<number | null>(null);
  const year = useCalendarYear(selected);
  const data = years.data;

  // Show the provisional year (or the newest) until the person picks another.
  useEffect(() => {
    if (selected === null && data?.items.length) setSelected(data.provisionalYear ?? data.items[0]!.year);
  }, [data, selected]);

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
      <CalendarImportCard canImport={canImport} onImported={(y) => setSelected(y ?? selected)} />
      <CalendarYearsTable items={data.items} selected={selected} onSelect={setSelected} />
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
