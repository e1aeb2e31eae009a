import type { TFunction } from 'i18next';

/** Groups of enum labels under `enums.*` in the translation files. */
export type EnumGroup =
  | 'gender'
  | 'degree'
  | 'schoolTier'
  | 'title'
  | 'skillLevel'
  | 'honor'
  | 'engagementMode'
  | 'specialPost'
  | 'chain'
  | 'employerKind'
  | 'employerFlag'
  | 'tier'
  | 'role'
  | 'district'
  | 'department'
  | 'sort'
  | 'evidenceKind'
  | 'applicationStatus'
  | 'applicationAction';

/** The translated label of one enum value (the raw value when none is defined). */
export function enumLabel(t: TFunction, group: EnumGroup, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  return t(`enums.${group}.${value}`, { defaultValue: value });
}

/** Select/checkbox options for a closed vocabulary, labelled in the current language. */
export function enumOptions(t: TFunction, group: EnumGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: enumLabel(t, group, value) }));
}
