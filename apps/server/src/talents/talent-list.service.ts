/** The officer's searchable talent list: turns the query into criteria, masks each row. */
import type { Chain, Degree, District, TalentListItem, TalentListPage, TalentListQuery, Tier } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { assertCityCodes } from '../city/city-file.js';
import type { Principal } from '../http/access.js';
import { maskIdNumber, maskMobile } from '../personal-data/personal-data.js';
import { countTalentRows, listTalentRows, type TalentListCriteria, type TalentListRow } from './talent-list.repository.js';

const MOBILE = /^1[3-9]\d{9}$/;
const ID_NUMBER = /^\d{17}[\dXx]$/;

/**
 * `q` is a mobile number or an ID number (exact, through the keyed hash: the numbers are
 * stored encrypted) or else the beginning of a name.
 */
export function criteriaOf(ctx: Pick<AppContext, 'cipher'>, query: Omit<TalentListQuery, 'page' | 'pageSize' | 'sort'>): TalentListCriteria {
  const q = query.q?.trim();
  return {
    ...(q && MOBILE.test(q) ? { mobileHash: ctx.cipher.lookupHash('mobile', q) } : {}),
    ...(q && ID_NUMBER.test(q) ? { idNumberHash: ctx.cipher.lookupHash('id', q.toUpperCase()) } : {}),
    ...(q && !MOBILE.test(q) && !ID_NUMBER.test(q) ? { namePrefix: q } : {}),
    district: query.district,
    chain: query.chain,
    degree: query.degree,
    tier: query.tier,
  };
}

/**
 * GET /talents: one page, masked, with an exact or estimated total (`totalIsEstimate`). A
 * search by an exact ID or mobile number is a look-up of a person: it is audited
 * (`talent.search.exact`, with the kind of number and the talents found, never the number).
 */
export async function listTalents(ctx: AppContext, query: TalentListQuery, by?: { principal: Principal; ip: string | null }): Promise<TalentListPage> {
  assertCityCodes(ctx.city, { district: query.district, chain: query.chain });
  const criteria = criteriaOf(ctx, query);
  const offset = (query.page - 1) * query.pageSize;
  const [rows, count] = await Promise.all([listTalentRows(ctx.db, criteria, query.sort, query.pageSize, offset), countTalentRows(ctx.db, criteria)]);
  const exact = criteria.idNumberHash ? 'idNumber' : criteria.mobileHash ? 'mobile' : null;
  if (by && exact) {
    await ctx.db.transaction((tx) =>
      ctx.audit.record(tx, by.principal, { action: 'talent.search.exact', entity: 'talent', detail: { by: exact, found: rows.map((r) => r.id) } }, by.ip),
    );
  }
  return {
    items: rows.map((r) => toListItem(ctx, r)),
    total: count.total,
    totalIsEstimate: count.estimate,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A row of the list as the office sees it: numbers masked. */
export function toListItem(ctx: Pick<AppContext, 'cipher'>, r: TalentListRow): TalentListItem {
  return {
    id: r.id,
    name: r.name,
    mobile: r.mobileEnc ? maskMobile(ctx.cipher.decrypt(r.mobileEnc)) : null,
    idNumber: r.idNumberEnc ? maskIdNumber(ctx.cipher.decrypt(r.idNumberEnc)) : null,
    district: (r.district as District | null) ?? null,
    highestDegree: (r.highestDegree as Degree | null) ?? null,
    birthDate: r.birthDate,
    tier: (r.tier as Tier | null) ?? null,
    employerName: r.employerName,
    chain: (r.chain as Chain | null) ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
