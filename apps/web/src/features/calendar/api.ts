/** The holiday calendar: years, one year, and the import of a notice (administrators). */
import { useQuery } from '@tanstack/react-query';
import type { CalendarImportResult, CalendarYearDetail, CalendarYearList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** The years with their kind and counts. */
export function useCalendarYears() {
  return useQuery({ queryKey: queryKeys.calendar.years, queryFn: () => api.get<CalendarYearList>('/calendar/years') });
}

/** One year's dates (disabled until a year is chosen). */
export function useCalendarYear(year: number | null) {
  return useQuery({ queryKey: queryKeys.calendar.year(year), queryFn: () => api.get<CalendarYearDetail>(`/calendar/years/${year}`), enabled: year !== null });
}

/** Uploads a notice (.xlsx or .json); `source` fills in the notice's title when the file has none. */
export function importCalendarFile(file: File, source: string): Promise<CalendarImportResult> {
  const query = source.trim() ? `?source=${encodeURIComponent(source.trim())}` : '';
  return api.upload<CalendarImportResult>(`/calendar/import${query}`, file);
}

/** Where the blank workbook and a year's export are downloaded from. */
export const TEMPLATE_URL = '/api/v1/calendar/template.xlsx';
export const exportUrl = (year: number) => `/api/v1/calendar/years/${year}/export.xlsx`;
