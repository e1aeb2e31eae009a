import type { TFunction } from 'i18next';
import {
  DEMAND_RECORD_FIELD_LABELS,
  EMPLOYER_FIELD_LABELS,
  NO_TIER_LABEL,
  RECOGNITION_HOLDERS,
  fieldLabel,
  labelOf,
  sharedFactLabel,
  standalone,
  type Bilingual,
  type ShareableFactField,
  type Vocabulary,
} from '@bole/contracts';
import { currentLanguage } from '../../i18n';
import { cityLabel, cityName, isCityGroup, type CityGroup } from '../api/city';

/**
 * Groups of enum labels: every domain vocabulary of `@bole/contracts` (the one source of
 * domain labels), the city's own districts, chains and departments (GET /api/v1/city), plus
 * `sort`, the talent list's sort orders (a screen text under `enums.sort`).
 */
export type EnumGroup = Vocabulary | CityGroup | 'sort';

const lang = () => (currentLanguage() === 'en' ? 'en' : 'zh');

function labelIn(group: Vocabulary | CityGroup, value: string): Bilingual | null {
  if (isCityGroup(group)) return cityLabel(group, value);
  return group === 'tier' && value === 'none' ? NO_TIER_LABEL : labelOf(group, value);
}

/** The label of one enum value in the interface language, standing alone (the raw value when none is defined). */
export function enumLabel(t: TFunction, group: EnumGroup, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (group === 'sort') return t(`enums.sort.${value}`, { defaultValue: value });
  return domainLabel(group, value);
}

/** The label of a vocabulary value in the interface language, standing alone (the raw value when unknown). */
export function domainLabel(group: Vocabulary | CityGroup, value: string): string {
  const label = labelIn(group, value);
  return label ? standalone(label, lang()) : value;
}

/** Who holds a recognition case: applicant, public, none — or a department, by its name (never its code). */
export function recognitionHolderText(holder: string): string {
  return (RECOGNITION_HOLDERS as readonly string[]).includes(holder) ? domainLabel('recognitionHolder', holder) : domainLabel('department', holder);
}

/** The label of one enum value inside a line of text (English keeps its small first letter). */
export function enumWord(group: Vocabulary | CityGroup, value: string): string {
  const label = labelIn(group, value);
  return label ? label[lang()] : value;
}

/** The name of a profile field (or policy variable) in the interface language. */
export function fieldName(name: string): string {
  return standalone(fieldLabel(name), lang());
}

/**
 * The name of a fact shared between cities, naming the city it holds in (where the months were
 * paid): `city`, or this city when not given.
 */
export function sharedFactName(field: string, city: Bilingual | undefined = cityName()): string {
  return standalone(sharedFactLabel(field as ShareableFactField, city), lang());
}

/** A domain label of `@bole/contracts` in the interface language, standing alone. */
export function labelText(label: Bilingual): string {
  return standalone(label, lang());
}

/** The name of a demand record's field (a posting's or a survey answer's), as its form and columns show it. */
export function demandFieldName(name: keyof typeof DEMAND_RECORD_FIELD_LABELS): string {
  return labelText(DEMAND_RECORD_FIELD_LABELS[name]);
}

/** The name of an employer record's field on the employer's own form. */
export function employerFieldName(name: keyof typeof EMPLOYER_FIELD_LABELS): string {
  return standalone(EMPLOYER_FIELD_LABELS[name], lang());
}

/** Select/checkbox options for a closed vocabulary, labelled in the current language. */
export function enumOptions(t: TFunction, group: EnumGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: enumLabel(t, group, value) }));
}
