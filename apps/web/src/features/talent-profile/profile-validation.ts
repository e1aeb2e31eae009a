/**
 * Client-side checks of the talent profile: the shared zod contract (so the browser and the
 * server agree) plus the cross-field rules a person should hear about before saving.
 * Pure: returns translation keys, never touches React.
 */
import { checkProfileDates, talentProfileInput, type TalentProfileInput } from '@bole/contracts';
import { checkIdNumber, idNumberBirthDate, idNumberGender } from '../../shared/lib/id-number';
import { toSaveBody, type TalentFormValues } from './profile-form';

/** A problem with one field: a translation key under `validation.*` and its parameters. */
export interface FieldIssue {
  field: keyof TalentProfileInput;
  key: string;
  params?: Record<string, string | number>;
}

const DATE_FIELDS = [
  'birthDate',
  'graduationDate',
  'titleDate',
  'skillCertDate',
  'arrivalDate',
  'firstHomePurchaseDate',
  'postdocCompletedDate',
] as const satisfies readonly (keyof TalentProfileInput)[];

const CHOICE_FIELDS: readonly string[] = [
  'gender',
  'district',
  'highestDegree',
  'schoolTier',
  'title',
  'skillLevel',
  'honors',
  'employerId',
  'engagementMode',
  'specialPost',
];

interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}

function issueFromZod(issue: ZodLikeIssue): FieldIssue | null {
  const field = issue.path[0];
  if (typeof field !== 'string' || field === 'idNumber') return null;
  const f = field as keyof TalentProfileInput;
  const isDate = (DATE_FIELDS as readonly string[]).includes(f);
  const required = CHOICE_FIELDS.includes(f) ? 'validation.choose' : 'validation.required';
  switch (issue.code) {
    case 'invalid_type':
      return { field: f, key: isDate ? 'validation.choose' : required };
    case 'too_small':
      if (issue.origin === 'string') return { field: f, key: required };
      return { field: f, key: 'validation.min', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { field: f, key: 'validation.maxLength', params: { max: Number(issue.maximum) } };
      return { field: f, key: 'validation.max', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { field: f, key: 'validation.choose' };
    case 'unrecognized_keys':
      return null;
    default:
      return { field: f, key: isDate ? 'validation.date' : 'validation.invalid' };
  }
}

/**
 * Every problem with the form values. `today` is `YYYY-MM-DD` (injected so tests are stable).
 * The ID number is checked only when a new one is typed.
 */
export function validateTalentProfile(values: Partial<TalentFormValues>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const body = toSaveBody(values);

  const parsed = talentProfileInput.safeParse({ ...body, idNumber: body.idNumber ?? null });
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const issue = issueFromZod(zi as ZodLikeIssue);
      if (issue && !issues.some((i) => i.field === issue.field)) issues.push(issue);
    }
  }
  const has = (f: keyof TalentProfileInput) => issues.some((i) => i.field === f);

  // The order of the dates: the contracts' rule, the one the server refuses a save by. A date
  // the shape check already refused is not compared.
  const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, has(f) ? null : (body[f] ?? null)]));
  for (const i of checkProfileDates(dates, today)) {
    if (has(i.field)) continue;
    if (i.rule === 'notInFuture') issues.push({ field: i.field, key: 'validation.notInFuture' });
    else if (i.rule === 'afterGraduation') issues.push({ field: i.field, key: 'validation.postdocAfterGraduation', params: { date: i.than } });
    else issues.push({ field: i.field, key: i.field === 'graduationDate' ? 'validation.graduationAfterBirth' : 'validation.dateAfterBirth' });
  }
  const birth = body.birthDate;

  if (body.idNumber) {
    const problem = checkIdNumber(body.idNumber, today);
    if (problem === 'format') issues.push({ field: 'idNumber', key: 'validation.idNumberFormat' });
    else if (problem === 'region') issues.push({ field: 'idNumber', key: 'validation.idNumberRegion' });
    else if (problem === 'birthDate') issues.push({ field: 'idNumber', key: 'validation.idNumberBirthDate' });
    else if (problem === 'futureBirthDate') issues.push({ field: 'idNumber', key: 'validation.idNumberFutureBirthDate' });
    else if (problem === 'checksum') issues.push({ field: 'idNumber', key: 'validation.idNumberChecksum' });
    else {
      const idBirth = idNumberBirthDate(body.idNumber);
      if (birth && idBirth && idBirth !== birth) {
        issues.push({ field: 'idNumber', key: 'validation.idNumberBirthMismatch', params: { date: idBirth } });
      }
      const idGender = idNumberGender(body.idNumber);
      if (body.gender && idGender && idGender !== body.gender && !has('gender')) {
        issues.push({ field: 'gender', key: 'validation.idNumberGenderMismatch' });
      }
    }
  }
  return issues;
}

/** Fields whose checks depend on another field (antd re-validates them when it changes). */
export const FIELD_DEPENDENCIES: Partial<Record<keyof TalentProfileInput, (keyof TalentProfileInput)[]>> = {
  graduationDate: ['birthDate'],
  titleDate: ['birthDate'],
  skillCertDate: ['birthDate'],
  arrivalDate: ['birthDate'],
  firstHomePurchaseDate: ['birthDate'],
  postdocCompletedDate: ['birthDate', 'graduationDate'],
  idNumber: ['birthDate'],
  gender: ['idNumber'],
};
