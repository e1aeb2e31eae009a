/**
 * The order of a talent profile's dates, written once: the server refuses a profile that breaks
 * it and the web form says so before saving. None lies in the future; each date of a working
 * life comes after the birth date; a postdoc is completed after graduating. Only the root
 * cause is reported: with a birth date in the future, the other dates are not compared with it.
 */

/** Dates that cannot come before the birth date. */
export const LIFE_DATE_FIELDS = ['graduationDate', 'titleDate', 'skillCertDate', 'arrivalDate', 'firstHomePurchaseDate', 'postdocCompletedDate'] as const;
export type LifeDateField = (typeof LIFE_DATE_FIELDS)[number];

/** A broken date rule: the field at fault and the date it was compared with. */
export type ProfileDateIssue =
  | { field: 'birthDate' | LifeDateField; rule: 'notInFuture'; than: string }
  | { field: LifeDateField; rule: 'afterBirth'; than: string }
  | { field: 'postdocCompletedDate'; rule: 'afterGraduation'; than: string };

/** A profile's dates (YYYY-MM-DD; null or absent when not given). */
export type ProfileDates = Partial<Record<'birthDate' | LifeDateField, string | null>>;

/** Every broken date rule of `p` on business date `today`, at most one per field, in field order. */
export function checkProfileDates(p: ProfileDates, today: string): ProfileDateIssue[] {
  const issues: ProfileDateIssue[] = [];
  const birth = p.birthDate ?? null;
  if (birth !== null && birth > today) issues.push({ field: 'birthDate', rule: 'notInFuture', than: today });
  const birthKnown = birth !== null && birth <= today;
  for (const field of LIFE_DATE_FIELDS) {
    const d = p[field] ?? null;
    if (d === null) continue;
    if (d > today) issues.push({ field, rule: 'notInFuture', than: today });
    else if (birthKnown && d <= birth) issues.push({ field, rule: 'afterBirth', than: birth });
  }
  const postdoc = p.postdocCompletedDate ?? null;
  const graduation = p.graduationDate ?? null;
  if (postdoc !== null && graduation !== null && postdoc <= graduation && !issues.some((i) => i.field === 'postdocCompletedDate')) {
    issues.push({ field: 'postdocCompletedDate', rule: 'afterGraduation', than: graduation });
  }
  return issues;
}
