/** How a declared or verified fact reads on staff screens (the talent detail, a recognition's decision page). Pure. */
import type { TFunction } from 'i18next';
import { FIELD_VOCABULARY } from '@bole/contracts';
import { domainLabel } from '../ui/enum-options';

/** A fact value in the interface language: vocabulary labels, yes/no, lists joined; the employer by name. */
export function factValueText(t: TFunction, field: string, value: unknown, employerName: string | null): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (field === 'employerId') return employerName ?? t('talentDetail.otherEmployer');
  const vocabulary = FIELD_VOCABULARY[field];
  const one = (v: unknown) => (vocabulary ? domainLabel(vocabulary, String(v)) : String(v));
  if (Array.isArray(value)) return value.length ? value.map(one).join(t('talentDetail.listSeparator')) : t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  return one(value);
}
