/** The server's field messages and file places of demand surveys, in the person's language. */
import type { TFunction } from 'i18next';
import { DEMAND_RECORD_FIELD_LABELS } from '@bole/contracts';
import { serverMessageKey } from '../../shared/form/server-messages';
import { demandFieldName } from '../../shared/ui/enum-options';

/** The survey's own field messages (others as the shared table says, else as sent). */
const MESSAGES: Record<string, string> = {
  'must be at least 1': 'employment.surveys.atLeastOne',
  'must not be above salaryMax': 'employment.surveys.minAboveMax',
};

/** The import file's columns are the demand record's fields (`DEMAND_RECORD_FIELD_LABELS`). */
const isColumn = (name: string): name is keyof typeof DEMAND_RECORD_FIELD_LABELS => Object.hasOwn(DEMAND_RECORD_FIELD_LABELS, name);

/** A field message of the server as the person reads it. */
export function surveyFieldMessage(t: TFunction, message: string): string {
  const key = MESSAGES[message] ?? serverMessageKey(message);
  return key ? t(key, { label: '' }) : message;
}

/** A bad cell of an import file (`row 3.headcount`) as the person reads it: 第 3 行 · 需求人数：… */
export function importErrorText(t: TFunction, field: string, message: string): string {
  const m = /^row (\d+)\.(\w+)$/.exec(field);
  const column = m && isColumn(m[2]!) ? demandFieldName(m[2]) : m?.[2];
  return m ? t('employment.surveys.rowError', { row: m[1], column, message: surveyFieldMessage(t, message) }) : `${field}: ${message}`;
}
