/** A year as twelve small month grids: days off, make-up workdays and weekends in colour. */
import { Card, Col, Descriptions, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { holidayNameIn, type CalendarYearDetail } from '@bole/contracts';
import { monthName } from '../../shared/lib/date-time';
import { monthGrid, type DayMark } from './month-grid';
import './calendar.css';

const MARK_CLASS: Record<DayMark, string> = {
  holiday: 'cal-day cal-holiday',
  workday: 'cal-day cal-workday',
  weekend: 'cal-day cal-weekend',
  weekday: 'cal-day',
};

/** The twelve months of a year and the listed dates with their names. */
export function YearMonths({ year }: { year: CalendarYearDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const holidays = new Map(year.holidayDates.map((d) => [d.date, holidayNameIn(d.name, lang)]));
  const workdays = new Map(year.workdayDates.map((d) => [d.date, holidayNameIn(d.name, lang)]));
  const weekdays = t('holidayCalendar.weekdays').split(',');
  const list = (days: { date: string; name: string }[]) =>
    days.length
      ? days.map((d) => `${d.date.slice(5)}${d.name ? ` ${holidayNameIn(d.name, lang)}` : ''}`).join(lang.startsWith('en') ? '; ' : '；')
      : t('holidayCalendar.none');
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Tag className="cal-legend cal-holiday">{t('holidayCalendar.legendHoliday')}</Tag>
        <Tag className="cal-legend cal-workday">{t('holidayCalendar.legendWorkday')}</Tag>
        <Tag className="cal-legend cal-weekend">{t('holidayCalendar.legendWeekend')}</Tag>
      </Flex>
      <Row gutter={[12, 12]} data-testid={`year-grid-${year.year}`}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <Col key={month} xs={24} sm={12} md={8} xl={6}>
            <Card size="small" title={monthName(month, lang)}>
              <table className="cal-month">
                <thead>
                  <tr>
                    {weekdays.map((w) => (
                      <th key={w}>{w}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {monthGrid(year.year, month, holidays, workdays).map((week, i) => (
                    <tr key={i}>
                      {week.map((d, j) =>
                        d ? (
                          <td key={d.date}>
                            <Tooltip title={d.name || undefined}>
                              <span
                                className={MARK_CLASS[d.mark]}
                                data-testid={d.mark === 'holiday' || d.mark === 'workday' ? `day-${d.date}` : undefined}
                                data-mark={d.mark}
                              >
                                {d.day}
                              </span>
                            </Tooltip>
                          </td>
                        ) : (
                          <td key={`e${j}`} />
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          </Col>
        ))}
      </Row>
      <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('holidayCalendar.holidayList')}>
          <Typography.Text>{list(year.holidayDates)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('holidayCalendar.workdayList')}>
          <Typography.Text>{list(year.workdayDates)}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
