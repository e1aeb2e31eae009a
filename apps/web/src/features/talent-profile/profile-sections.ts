/**
 * The layout of the talent profile form as data: five sections, each a list of fields with
 * the kind of input they need. Every field of `talentProfileInput` appears exactly once.
 */
import { DEGREES, ENGAGEMENT_MODES, GENDERS, HONORS, SCHOOL_TIERS, SKILL_LEVELS, SPECIAL_POSTS, TITLES, type TalentProfileInput } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import type { EnumGroup } from '../../shared/ui/enum-options';

type Field = keyof TalentProfileInput;

/** One input of the form. */
export type FieldSpec =
  | { name: Field; kind: 'text'; max: number }
  | { name: Field; kind: 'date' }
  | { name: Field; kind: 'enum'; group: EnumGroup; values: readonly string[]; clearable?: boolean }
  | { name: Field; kind: 'multi'; group: EnumGroup; values: readonly string[] }
  | { name: Field; kind: 'bool' }
  | { name: Field; kind: 'int'; max: number; unit?: 'months' | 'years' | 'days' | 'items' | 'persons' }
  | { name: 'idNumber'; kind: 'idNumber' }
  | { name: 'employerId'; kind: 'employer' };

/** A titled group of fields. */
export interface SectionSpec {
  key: 'basic' | 'education' | 'work' | 'family' | 'flexible';
  fields: FieldSpec[];
}

/** The form, top to bottom. */
export const PROFILE_SECTIONS: SectionSpec[] = [
  {
    key: 'basic',
    fields: [
      { name: 'name', kind: 'text', max: 50 },
      { name: 'gender', kind: 'enum', group: 'gender', values: GENDERS, clearable: true },
      { name: 'birthDate', kind: 'date' },
      { name: 'idNumber', kind: 'idNumber' },
      {
        name: 'district',
        kind: 'enum',
        group: 'district',
        // The city's districts (GET /api/v1/city), read when the form renders.
        get values() {
          return cityCodes('district');
        },
        clearable: true,
      },
    ],
  },
  {
    key: 'education',
    fields: [
      { name: 'highestDegree', kind: 'enum', group: 'degree', values: DEGREES },
      { name: 'graduationDate', kind: 'date' },
      { name: 'schoolTier', kind: 'enum', group: 'schoolTier', values: SCHOOL_TIERS },
      { name: 'title', kind: 'enum', group: 'title', values: TITLES },
      { name: 'titleDate', kind: 'date' },
      { name: 'skillLevel', kind: 'enum', group: 'skillLevel', values: SKILL_LEVELS },
      { name: 'skillCertDate', kind: 'date' },
      { name: 'isPostdoc', kind: 'bool' },
      { name: 'postdocCompletedDate', kind: 'date' },
      { name: 'honors', kind: 'multi', group: 'honor', values: HONORS },
    ],
  },
  {
    key: 'work',
    fields: [
      { name: 'employerId', kind: 'employer' },
      { name: 'arrivalDate', kind: 'date' },
      { name: 'socialInsuranceMonths', kind: 'int', max: 600, unit: 'months' },
      { name: 'yearsWorkedOutside', kind: 'int', max: 80, unit: 'years' },
      { name: 'licensedPatentsLastYear', kind: 'int', max: 10000, unit: 'items' },
    ],
  },
  {
    key: 'family',
    fields: [
      { name: 'hukouInCity', kind: 'bool' },
      { name: 'ownsHomeInCity', kind: 'bool' },
      { name: 'firstHomePurchaseDate', kind: 'date' },
      { name: 'livesInTalentApartment', kind: 'bool' },
      { name: 'spouseNeedsJob', kind: 'bool' },
      { name: 'childrenSchoolAge', kind: 'int', max: 20, unit: 'persons' },
    ],
  },
  {
    key: 'flexible',
    fields: [
      { name: 'engagementMode', kind: 'enum', group: 'engagementMode', values: ENGAGEMENT_MODES },
      { name: 'onsiteDaysLastYear', kind: 'int', max: 366, unit: 'days' },
      { name: 'specialPost', kind: 'enum', group: 'specialPost', values: SPECIAL_POSTS },
      { name: 'dualAppointment', kind: 'bool' },
    ],
  },
];
