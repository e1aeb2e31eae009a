/** The server's field messages and file places of demand surveys, in the person's language. */
import type { TFunction } from 'i18next';
import { serverMessageKey } from '../../shared/form/server-messages';

/** The survey's own field messages (others as the shared table says, else as sent). */
const MESSAGES: Record<string, string> = {
  'must be at least 1': 'employment.surveys.atLeastOne',
  'must not be above salaryMax': 'employment.surveys.minAboveMax',
};

/** Labels of the import file's columns. */
const COLUMNS: Record<string, string> = {
  creditCode: 'employment.reviews.creditCode',
  subField: 'employment.surveys.subField',
  title: 'employment.surveys.post',
  headcount: 'employment.surveys.headcount',
  minDegree: 'employment.surveys.minDegree',
  salaryMin: 'employment.surveys.salaryMin',
  salaryMax: 'employment.surveys.salaryMax',
  district: 'employment.surveys.district',
  engagementMode: 'employment.surveys.mode',
};

/** A field message of the server as the person reads it. */
export function surveyFieldMessage(t: TFunction, message: string): string {
  const key = MESSAGES[message] ?? serverMessageKey(message);
  return key ? t(key, { label: '' }) : message;
}

/** A bad cell of an import file (`row 3.headcount`) as the person reads it: 第 3 行 · 需求人数：… */
export function importErrorText(t: TFunction, field: string, message: string): string {
  const m = /^row (\d+)\.(\w+)$/.exec(field);
  const column = m && COLUMNS[m[2]!] ? t(COLUMNS[m[2]!]!) : m?.[2];
  return m ? t('employment.surveys.rowError', { row: m[1], column, message: surveyFieldMessage(t, message) }) : `${field}: ${message}`;
}
