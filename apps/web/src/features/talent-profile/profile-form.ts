/**
 * The talent profile form's values and their mapping to and from the API. Pure functions:
 * no React, no I/O.
 */
import type { Degree, TalentProfile, TalentProfileInput } from '@bole/contracts';

/**
 * What the form holds: the API input, except that `idNumber` is a NEW number being typed
 * ('' when the talent keeps the one on file, which the browser only sees masked).
 */
export type TalentFormValues = Omit<TalentProfileInput, 'idNumber' | 'birthDate' | 'highestDegree'> & {
  idNumber: string;
  birthDate: string | null;
  highestDegree: Degree | null;
};

/**
 * Body of PUT /talents/me; `idNumber` absent means "keep the one on file". Before validation
 * the required fields may still be empty.
 */
export type TalentSaveBody = Omit<TalentProfileInput, 'birthDate' | 'highestDegree'> & {
  birthDate: string | null;
  highestDegree: Degree | null;
};

/** Defaults for a talent who has not saved a profile yet. */
export function emptyFormValues(name: string): Partial<TalentFormValues> {
  return {
    name,
    birthDate: null,
    highestDegree: null,
    gender: null,
    idNumber: '',
    district: null,
    graduationDate: null,
    schoolTier: 'other',
    title: 'none',
    titleDate: null,
    skillLevel: 'none',
    skillCertDate: null,
    honors: [],
    employerId: null,
    arrivalDate: null,
    socialInsuranceMonths: 0,
    hukouInCity: false,
    ownsHomeInCity: false,
    firstHomePurchaseDate: null,
    livesInTalentApartment: false,
    childrenSchoolAge: 0,
    spouseNeedsJob: false,
    isPostdoc: false,
    postdocCompletedDate: null,
    engagementMode: 'none',
    onsiteDaysLastYear: 0,
    specialPost: 'none',
    dualAppointment: false,
    licensedPatentsLastYear: 0,
    yearsWorkedOutside: 0,
  };
}

/** Form values for a saved profile (server-only fields dropped — the payout account is saved on its own — ID number input empty). */
export function toFormValues(p: TalentProfile): TalentFormValues {
  const { id: _id, mobile: _m, tier: _t, employerName: _e, updatedAt: _u, idNumber: _i, complete: _c, payoutAccount: _a, ...input } = p;
  return { ...input, idNumber: '' };
}

const NUMBER_FIELDS = ['socialInsuranceMonths', 'childrenSchoolAge', 'onsiteDaysLastYear', 'licensedPatentsLastYear', 'yearsWorkedOutside'] as const;

/** The request body from the form values; cleared number inputs count as 0. */
export function toSaveBody(values: Partial<TalentFormValues>): TalentSaveBody {
  const { idNumber, ...rest } = values;
  const { idNumber: _blank, ...defaults } = emptyFormValues('');
  const body = { ...defaults, ...rest } as TalentSaveBody;
  for (const f of NUMBER_FIELDS) body[f] = body[f] ?? 0;
  body.name = (body.name ?? '').trim();
  body.employerId = body.employerId ?? null;
  body.gender = body.gender ?? null;
  body.district = body.district ?? null;
  const typed = idNumber?.trim().toUpperCase();
  if (typed) body.idNumber = typed;
  return body;
}
