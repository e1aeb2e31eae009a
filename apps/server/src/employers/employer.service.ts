/**
 * Employers (用人单位): registration by unified social credit code, the employer's own
 * record, the picker options talents choose from, and the officer's list.
 */
import type {
  Chain,
  District,
  EmployerFlag,
  EmployerKind,
  EmployerListQuery,
  EmployerOption,
  EmployerProfile,
  EmployerProfileInput,
  RegisterEmployerBody,
} from '@bole/contracts';
import { EMPLOYER_FIELD_LABELS } from '@bole/contracts';
import { assertCityCodes } from '../city/city-file.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, forbidden } from '../http/errors.js';
import { maskMobile, type PersonalDataCipher } from '../personal-data/personal-data.js';
import { createAccount as createAccountImpl } from '../auth/accounts.service.js';
import { checkCreditCode } from '../identity/credit-code.js';
import {
  creditCodeTaken,
  findEmployerById,
  findEmployerOptions,
  insertEmployer,
  listEmployerRows,
  lockEmployer,
  updateEmployer,
  type EmployerRow,
} from './employer.repository.js';

/** Reads other modules use to look up an employer. */
export { findEmployerById } from './employer.repository.js';

/** Replaceable collaborators (tests inject failures here). */
export interface EmployerServiceDeps {
  createAccount: typeof createAccountImpl;
}

const defaultDeps: EmployerServiceDeps = { createAccount: createAccountImpl };

/** Most options a picker shows. */
export const EMPLOYER_OPTIONS_LIMIT = 20;

const duplicateCreditCode = () =>
  fail('BOLE_DUPLICATE_ACCOUNT', { login: EMPLOYER_FIELD_LABELS.creditCode }, [{ field: 'creditCode', message: 'is already registered' }]);

const employerNotFound = () => notFound({ en: 'The employer', zh: '该用人单位' });

/** The API shape of an employer row (contact mobile masked). */
export function toEmployerProfile(cipher: PersonalDataCipher, row: EmployerRow): EmployerProfile {
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    contactMobile: row.contactMobileEnc ? maskMobile(cipher.decrypt(row.contactMobileEnc)) : null,
    district: row.district as District,
    chain: row.chain as Chain,
    kind: row.kind as EmployerKind,
    flags: row.flags as EmployerFlag[],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Registers an employer and its login (by credit code) in one transaction; returns the new
 * user id. 400 naming `creditCode` when its check character is wrong; 409 when registered.
 */
export async function registerEmployer(
  ctx: AppContext,
  body: RegisterEmployerBody,
  deps: EmployerServiceDeps = defaultDeps,
): Promise<{ userId: string; employerId: string }> {
  assertCityCodes(ctx.city, { district: body.district, chain: body.chain });
  const creditCode = body.creditCode.toUpperCase();
  const check = checkCreditCode(creditCode);
  if (!check.ok) throw invalid([{ field: 'creditCode', message: check.message }]);
  return ctx.db.transaction(async (tx) => {
    if (await creditCodeTaken(tx, creditCode)) throw duplicateCreditCode();
    const now = ctx.clock.now();
    const created = await insertEmployer(tx, {
      creditCode,
      name: body.name,
      contactMobileEnc: ctx.cipher.encrypt(body.contactMobile),
      contactMobileHash: ctx.cipher.lookupHash('mobile', body.contactMobile),
      district: body.district,
      chain: body.chain,
      kind: body.kind,
      flags: [...new Set(body.flags)],
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw duplicateCreditCode();
    const account = await deps.createAccount(
      ctx,
      tx,
      { role: 'employer', displayName: body.name, password: body.password, creditCode, employerId: created.id },
      null,
    );
    await ctx.audit.record(
      tx,
      { userId: account.id, role: 'employer' },
      {
        action: 'employer.register',
        entity: 'employer',
        entityId: created.id,
        detail: { creditCode, name: body.name },
      },
    );
    return { userId: account.id, employerId: created.id };
  });
}

function ownEmployerId(principal: Principal): string {
  if (principal.role !== 'employer' || !principal.employerId) {
    throw forbidden({ en: 'Only an employer account has an employer record.', zh: '只有用人单位账号才有单位信息。' });
  }
  return principal.employerId;
}

/** GET /employers/me. */
export async function getMyEmployer(ctx: AppContext, principal: Principal): Promise<EmployerProfile> {
  const row = await findEmployerById(ctx.db, ownEmployerId(principal));
  if (!row) throw employerNotFound();
  return toEmployerProfile(ctx.cipher, row);
}

/** PUT /employers/me: saves the editable fields and records which ones changed. */
export async function updateMyEmployer(ctx: AppContext, principal: Principal, input: EmployerProfileInput): Promise<EmployerProfile> {
  const employerId = ownEmployerId(principal);
  assertCityCodes(ctx.city, { district: input.district, chain: input.chain });
  return ctx.db.transaction(async (tx) => {
    const current = await lockEmployer(tx, employerId);
    if (!current) throw employerNotFound();
    const mobile = input.contactMobile;
    const values = {
      name: input.name,
      contactMobileEnc: mobile === undefined ? current.contactMobileEnc : ctx.cipher.encrypt(mobile),
      contactMobileHash: mobile === undefined ? current.contactMobileHash : ctx.cipher.lookupHash('mobile', mobile),
      district: input.district,
      chain: input.chain,
      kind: input.kind,
      flags: [...new Set(input.flags)],
      updatedAt: ctx.clock.now(),
    };
    const changed: string[] = (['name', 'district', 'chain', 'kind', 'flags'] as const).filter((f) => JSON.stringify(current[f]) !== JSON.stringify(values[f]));
    if (values.contactMobileHash !== current.contactMobileHash) changed.push('contactMobile');
    const row = await updateEmployer(tx, employerId, values);
    await ctx.audit.record(tx, principal, { action: 'employer.update', entity: 'employer', entityId: employerId, detail: { fields: changed } });
    return toEmployerProfile(ctx.cipher, row);
  });
}

/** GET /employers/options?q=: at most 20 employers whose name contains `q`. */
export async function employerOptions(ctx: AppContext, q: string | undefined): Promise<EmployerOption[]> {
  const rows = await findEmployerOptions(ctx.db, q?.trim() || undefined, EMPLOYER_OPTIONS_LIMIT);
  return rows.map((r) => ({ id: r.id, name: r.name, district: r.district as District, chain: r.chain as Chain }));
}

/** GET /employers: the officer's paginated list with each employer's talent count. */
export async function listEmployers(ctx: AppContext, query: EmployerListQuery) {
  assertCityCodes(ctx.city, { district: query.district, chain: query.chain });
  const { rows, total } = await listEmployerRows(ctx.db, {
    q: query.q?.trim() || undefined,
    district: query.district,
    chain: query.chain,
    kind: query.kind,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((r) => ({ ...toEmployerProfile(ctx.cipher, r.employer), talentCount: Number(r.talentCount) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
