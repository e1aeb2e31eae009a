/**
 * Talent profiles: self-registration, the talent's own profile (read and save with the
 * field rules of profile-rules.ts), staff reads with masked numbers, and audited reads of
 * the full ID and mobile numbers. Services take the context; only repositories touch SQL.
 */
import {
  FIELD_LABELS,
  type Degree,
  type Gender,
  type Honor,
  type RegisterTalentBody,
  type TalentPersonalData,
  type TalentFacts,
  type TalentProfile,
  type TalentProfileInput,
  type Tier,
} from '@bole/contracts';
import { assertCityCodes } from '../city/city-file.js';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, forbidden, type FieldError } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { maskIdNumber, maskMobile, type PersonalDataCipher } from '../personal-data/personal-data.js';
import { createAccount as createAccountImpl } from '../auth/accounts.service.js';
import { talentFactsOf } from '../facts/fact.service.js';
import { checkProfile } from './profile-rules.js';
import { presentPayoutAccount } from './payout-account.present.js';
import { engineProfileInput, tierClassifierAt, type TierClassifier } from './talent-tier.js';
import {
  findEmployerFacts,
  fillNameKeys,
  findTalentById,
  findTalentIdByHash,
  insertTalent,
  lockTalent,
  updateTalentProfile,
  setBirthplaces,
  talentsWithoutBirthplace,
  type TalentProfileValues,
  type TalentWithEmployer,
} from './talent.repository.js';

/** Creates the login of a new account inside the caller's transaction (auth's `createAccount`). */
export type CreateAccount = typeof createAccountImpl;

/** Resolves the tier classifier in force at a date (see talent-tier.ts). */
export type ClassifierAt = (ctx: AppContext, at: string) => Promise<TierClassifier>;

/** Replaceable collaborators of the talent service (tests inject failures here). */
export interface TalentServiceDeps {
  createAccount: CreateAccount;
  classifierAt: ClassifierAt;
}

const defaultDeps: TalentServiceDeps = { createAccount: createAccountImpl, classifierAt: tierClassifierAt };

const duplicateMobile = () =>
  fail('BOLE_DUPLICATE_ACCOUNT', { login: { ...FIELD_LABELS.mobile, en: 'mobile number' } }, [{ field: 'mobile', message: 'is already registered' }]);

const duplicateIdNumber = () => fail('BOLE_DUPLICATE_ID_NUMBER', {}, [{ field: 'idNumber', message: 'is already registered by another talent' }]);

const talentNotFound = () => notFound({ en: 'The talent', zh: '该人才' });

/** Seals a mobile and ID number for storage: ciphertext plus keyed lookup hash (seed and imports use it too). */
export function sealTalentPersonalData(cipher: PersonalDataCipher, p: { mobile?: string | null; idNumber?: string | null }) {
  const mobile = p.mobile ?? null;
  const id = p.idNumber?.toUpperCase() ?? null;
  return {
    mobileEnc: mobile === null ? null : cipher.encrypt(mobile),
    mobileHash: mobile === null ? null : cipher.lookupHash('mobile', mobile),
    idNumberEnc: id === null ? null : cipher.encrypt(id),
    idNumberHash: id === null ? null : cipher.lookupHash('id', id),
    /** The birthplace prefix the policies read, kept so no rule needs the number decrypted. */
    birthplace: id === null ? null : id.slice(0, 4),
  };
}

/**
 * Registers a talent: a minimal profile (name and mobile) and a login by mobile, in one
 * transaction. Returns the new user id (start the session after this resolves).
 * 409 BOLE_DUPLICATE_ACCOUNT naming `mobile` when the number is registered.
 */
export async function registerTalent(
  ctx: AppContext,
  body: RegisterTalentBody,
  deps: Pick<TalentServiceDeps, 'createAccount'> = defaultDeps,
): Promise<{ userId: string; talentId: string }> {
  const sealed = sealTalentPersonalData(ctx.cipher, { mobile: body.mobile });
  return ctx.db.transaction(async (tx) => {
    if (await findTalentIdByHash(tx, { mobileHash: sealed.mobileHash! })) throw duplicateMobile();
    const now = ctx.clock.now();
    const created = await insertTalent(tx, { name: body.name, mobileEnc: sealed.mobileEnc, mobileHash: sealed.mobileHash, createdAt: now, updatedAt: now });
    if (!created) throw duplicateMobile();
    const account = await deps.createAccount(
      ctx,
      tx,
      { role: 'talent', displayName: body.name, password: body.password, mobile: body.mobile, talentId: created.id },
      null,
    );
    await ctx.audit.record(tx, { userId: account.id, role: 'talent' }, { action: 'talent.register', entity: 'talent', entityId: created.id, detail: {} });
    return { userId: account.id, talentId: created.id };
  });
}

/** The API shape of a talent row, numbers masked (the payout account too). */
export function toTalentProfile(cipher: PersonalDataCipher, row: TalentWithEmployer): TalentProfile {
  return {
    id: row.id,
    name: row.name,
    gender: (row.gender as Gender | null) ?? null,
    idNumber: row.idNumberEnc ? maskIdNumber(cipher.decrypt(row.idNumberEnc)) : null,
    mobile: row.mobileEnc ? maskMobile(cipher.decrypt(row.mobileEnc)) : null,
    birthDate: row.birthDate,
    district: (row.district as TalentProfile['district']) ?? null,
    highestDegree: (row.highestDegree as Degree | null) ?? null,
    graduationDate: row.graduationDate,
    schoolTier: row.schoolTier as TalentProfile['schoolTier'],
    title: row.title as TalentProfile['title'],
    titleDate: row.titleDate,
    skillLevel: row.skillLevel as TalentProfile['skillLevel'],
    skillCertDate: row.skillCertDate,
    honors: row.honors as Honor[],
    employerId: row.employerId,
    arrivalDate: row.arrivalDate,
    socialInsuranceMonths: row.socialInsuranceMonths,
    hukouInCity: row.hukouInCity,
    ownsHomeInCity: row.ownsHomeInCity,
    firstHomePurchaseDate: row.firstHomePurchaseDate,
    livesInTalentApartment: row.livesInTalentApartment,
    childrenSchoolAge: row.childrenSchoolAge,
    spouseNeedsJob: row.spouseNeedsJob,
    isPostdoc: row.isPostdoc,
    postdocCompletedDate: row.postdocCompletedDate,
    engagementMode: row.engagementMode as TalentProfile['engagementMode'],
    onsiteDaysLastYear: row.onsiteDaysLastYear,
    specialPost: row.specialPost as TalentProfile['specialPost'],
    dualAppointment: row.dualAppointment,
    licensedPatentsLastYear: row.licensedPatentsLastYear,
    yearsWorkedOutside: row.yearsWorkedOutside,
    tier: (row.tier as Tier | null) ?? null,
    employerName: row.employerName,
    complete: row.birthDate !== null && row.highestDegree !== null,
    updatedAt: row.updatedAt.toISOString(),
    payoutAccount: presentPayoutAccount(row),
  };
}

/** The talent id of a talent principal; 403 for any other account. */
export function ownTalentId(principal: Principal): string {
  if (principal.role !== 'talent' || !principal.talentId)
    throw forbidden({ en: 'Only a talent account has a talent profile.', zh: '只有人才账号才有人才档案。' });
  return principal.talentId;
}

/** GET /talents/me/facts: the signed-in talent's facts, each with its status (verified, declared only, contradicted). */
export async function getMyTalentFacts(ctx: AppContext, principal: Principal): Promise<TalentFacts> {
  return talentFactsOf(ctx, ownTalentId(principal));
}

/** GET /talents/me. */
export async function getMyTalentProfile(ctx: AppContext, principal: Principal): Promise<TalentProfile> {
  const row = await findTalentById(ctx.db, ownTalentId(principal));
  if (!row) throw talentNotFound();
  return toTalentProfile(ctx.cipher, row);
}

/** Profile fields compared to report which ones a save changed (in the audit entry). */
const PROFILE_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'district',
  'highestDegree',
  'graduationDate',
  'schoolTier',
  'title',
  'titleDate',
  'skillLevel',
  'skillCertDate',
  'honors',
  'employerId',
  'arrivalDate',
  'socialInsuranceMonths',
  'hukouInCity',
  'ownsHomeInCity',
  'firstHomePurchaseDate',
  'livesInTalentApartment',
  'childrenSchoolAge',
  'spouseNeedsJob',
  'isPostdoc',
  'postdocCompletedDate',
  'engagementMode',
  'onsiteDaysLastYear',
  'specialPost',
  'dualAppointment',
  'licensedPatentsLastYear',
  'yearsWorkedOutside',
] as const satisfies ReadonlyArray<keyof TalentProfileInput & keyof TalentWithEmployer>;

/**
 * PUT /talents/me: validates the profile (zod shape already passed) against the field rules
 * and the database (employer exists), saves it, recomputes the tier and records which fields
 * changed. 400 names every field at fault. An ID number another talent already holds is saved
 * without its lookup hash and recorded as `talent.id_number.disputed` for the office: the
 * answer is the one of any save, so the endpoint never says whether a person is registered.
 */
export async function updateMyTalentProfile(
  ctx: AppContext,
  principal: Principal,
  input: TalentProfileInput,
  deps: Pick<TalentServiceDeps, 'classifierAt'> = defaultDeps,
): Promise<TalentProfile> {
  const talentId = ownTalentId(principal);
  assertCityCodes(ctx.city, { district: input.district });
  const today = businessDate(ctx.clock.now());
  const classify = await deps.classifierAt(ctx, today);
  return ctx.db.transaction(async (tx) => {
    const current = await lockTalent(tx, talentId);
    if (!current) throw talentNotFound();
    const idGiven = input.idNumber !== undefined;
    const idNumber = idGiven ? (input.idNumber ?? null) : current.idNumberEnc ? ctx.cipher.decrypt(current.idNumberEnc) : null;

    const errors: FieldError[] = checkProfile(input, { today, idNumber, idNumberIsNew: idGiven });
    const employer = input.employerId === null ? null : await findEmployerFacts(tx, input.employerId);
    if (input.employerId !== null && !employer) {
      errors.push({ field: 'employerId', message: 'is not a registered employer; choose one from the list' });
    }
    if (errors.length) throw invalid(errors);

    const sealed = idGiven
      ? sealTalentPersonalData(ctx.cipher, { idNumber })
      : { idNumberEnc: current.idNumberEnc, idNumberHash: current.idNumberHash, birthplace: current.birthplace };
    // An ID number another talent holds is saved like any other (the answer must not tell
    // whether that person is registered) but not linked: no lookup hash, so searches and
    // department data keep finding the holder; the office is told, in the audit log, to check.
    let disputedWith: string | null = null;
    if (sealed.idNumberHash && sealed.idNumberHash !== current.idNumberHash) {
      const holder = await findTalentIdByHash(tx, { idNumberHash: sealed.idNumberHash });
      if (holder && holder !== talentId) {
        disputedWith = holder;
        sealed.idNumberHash = null;
      }
    }

    const { idNumber: _id, ...fields } = input;
    const values: TalentProfileValues = {
      ...fields,
      idNumberEnc: sealed.idNumberEnc,
      idNumberHash: sealed.idNumberHash,
      birthplace: sealed.birthplace,
      tier: classify(engineProfileInput(talentId, input, idNumber, employer)),
      updatedAt: ctx.clock.now(),
    };
    if ((await updateTalentProfile(tx, talentId, values)) === 'duplicate_id_number') throw duplicateIdNumber();

    const changed: string[] = PROFILE_FIELDS.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(input[f]));
    if (sealed.idNumberHash !== current.idNumberHash || (idGiven && sealed.idNumberEnc !== current.idNumberEnc && disputedWith)) changed.push('idNumber');
    if (disputedWith) {
      await ctx.audit.record(tx, principal, {
        action: 'talent.id_number.disputed',
        entity: 'talent',
        entityId: talentId,
        detail: { heldBy: disputedWith },
      });
    }
    await ctx.audit.record(tx, principal, {
      action: 'talent.update',
      entity: 'talent',
      entityId: talentId,
      detail: { fields: changed, tier: values.tier ?? null },
    });
    return toTalentProfile(ctx.cipher, (await findTalentById(tx, talentId))!);
  });
}

/** Whether a reviewer's department has a case (recognition or application) of the talent. */
export type DepartmentHasCase = (department: string, talentId: string) => Promise<boolean>;

/**
 * GET /talents/:id: staff read a profile with masked numbers. A talent may read only their own
 * and a reviewer only a talent with a case in their department (`hasCase`); any other id is
 * "not found", so ids cannot be probed.
 */
export async function getTalentProfile(
  ctx: AppContext,
  principal: Principal,
  id: string,
  hasCase: DepartmentHasCase = async () => false,
): Promise<TalentProfile> {
  if (principal.role === 'talent' && principal.talentId !== id) throw talentNotFound();
  if (principal.role === 'reviewer' && !(principal.department && (await hasCase(principal.department, id)))) throw talentNotFound();
  const row = await findTalentById(ctx.db, id);
  if (!row) throw talentNotFound();
  return toTalentProfile(ctx.cipher, row);
}

/**
 * GET /talents/:id/personal-data: the full ID and mobile numbers. The read and its audit
 * entry `personal_data.read` are one transaction: no entry, no data.
 */
export async function readTalentPersonalData(ctx: AppContext, principal: Principal, id: string, ip: string | null): Promise<TalentPersonalData> {
  return ctx.db.transaction(async (tx: Tx) => {
    const row = await findTalentById(tx, id);
    if (!row) throw talentNotFound();
    await ctx.audit.record(tx, principal, { action: 'personal_data.read', entity: 'talent', entityId: id, detail: { fields: ['idNumber', 'mobile'] } }, ip);
    return {
      id: row.id,
      name: row.name,
      idNumber: row.idNumberEnc ? ctx.cipher.decrypt(row.idNumberEnc) : null,
      mobile: row.mobileEnc ? ctx.cipher.decrypt(row.mobileEnc) : null,
    };
  });
}

/** Fills the pinyin sort key of talents without one, in batches (idempotent; run at start after the migrations). */
export async function backfillNameKeys(ctx: AppContext, batch = 5_000): Promise<number> {
  let total = 0;
  for (;;) {
    const filled = await fillNameKeys(ctx.db, batch);
    total += filled;
    if (filled < batch) return total;
  }
}

/**
 * Fills the birthplace prefix of talents saved before it was kept (an upgrade from a version
 * without it): decrypts each such ID number once, in batches, and audits how many. Idempotent;
 * run at start after the migrations. Returns the number of talents filled in.
 */
export async function backfillBirthplaces(ctx: AppContext, batch = 5_000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await talentsWithoutBirthplace(ctx.db, batch);
    if (rows.length === 0) break;
    await ctx.db.transaction(async (tx) => {
      await setBirthplaces(
        tx,
        rows.map((r) => ({ id: r.id, birthplace: ctx.cipher.decrypt(r.idNumberEnc).slice(0, 4) })),
      );
      await ctx.audit.record(tx, null, {
        action: 'personal_data.derive',
        entity: 'talent',
        detail: { fields: ['birthplace'], from: 'idNumber', talents: rows.length },
      });
    });
    total += rows.length;
    if (rows.length < batch) break;
  }
  return total;
}
