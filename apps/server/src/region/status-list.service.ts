/**
 * Partners' status lists (revocation): each member's signed `{iss, iat, exp, list}` fetched from
 * `{baseUrl}/api/v1/region/status-list`, checked against the member's keys on the trust list and
 * cached in the database; refreshed on the region schedule, read by mutual recognition. A
 * partner down keeps its last good list.
 */
import type { AppContext } from '../platform/context.js';
import { verifyCompact } from './credentials/index.js';
import { currentTrustList, keysOf, selfAdminCode } from './trust-list.service.js';
import { findStatusList, upsertStatusList } from './trust-list.repository.js';
import { regionFetch, type RegionLogger } from './region-http.js';

/** A member's cached status list. */
export interface CachedStatusList {
  adminCode: string;
  /** The encoded bitstring (GZIP, base64url): `isRevokedAt(list, index)`. */
  list: string;
  issuedAt: Date;
  fetchedAt: Date;
  token: string;
}

/** Reads the signed token out of an answer: a JSON `{token}` or the compact JWS as text. */
async function tokenOf(res: Response): Promise<string> {
  const text = (await res.text()).trim();
  if (!text.startsWith('{')) return text;
  const body = JSON.parse(text) as { token?: unknown };
  if (typeof body.token !== 'string') throw new Error('no token in the answer');
  return body.token;
}

/** Fetches and checks one member's status list; stores it when newer. Never throws: returns why not. */
export async function refreshStatusList(ctx: AppContext, adminCode: string, log: RegionLogger): Promise<'stored' | 'kept' | string> {
  const member = (await currentTrustList(ctx))?.members.find((m) => m.adminCode === adminCode);
  if (!member) return 'unknown_issuer';
  const url = `${member.baseUrl.replace(/\/$/, '')}/api/v1/region/status-list`;
  let token: string;
  try {
    const res = await regionFetch(ctx)(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    token = await tokenOf(res);
  } catch (err) {
    log.warn({ adminCode, url, err: String(err) }, 'status list not fetched; the last good copy stays in force');
    return 'unreachable';
  }
  const now = ctx.clock.now();
  const verified = await verifyCompact(token, await keysOf(ctx, adminCode, now));
  const p = verified.ok ? verified.payload : null;
  const problem = !verified.ok
    ? verified.reason
    : p?.iss !== adminCode
      ? 'wrong_issuer'
      : typeof p.list !== 'string' || typeof p.iat !== 'number'
        ? 'structure'
        : typeof p.exp === 'number' && p.exp * 1000 < now.getTime()
          ? 'expired'
          : null;
  if (problem || !p) {
    log.warn({ adminCode, reason: problem }, 'status list refused; the last good copy stays in force');
    return problem ?? 'structure';
  }
  const issuedAt = new Date((p.iat as number) * 1000);
  const cached = await findStatusList(ctx.db, adminCode);
  if (cached && cached.issuedAt > issuedAt) return 'kept';
  await upsertStatusList(ctx.db, { adminCode, token, list: p.list as string, issuedAt, fetchedAt: now });
  return 'stored';
}

/**
 * A member's status list: the cached copy, refreshed first when older than the refresh period
 * (BOLE_REGION_REFRESH_SECONDS); null when none was ever obtained.
 */
export async function statusListOf(ctx: AppContext, adminCode: string, log?: RegionLogger): Promise<CachedStatusList | null> {
  const cached = await findStatusList(ctx.db, adminCode);
  const stale = !cached || cached.fetchedAt.getTime() + ctx.config.region.refreshSeconds * 1000 <= ctx.clock.now().getTime();
  if (stale && adminCode !== selfAdminCode(ctx)) await refreshStatusList(ctx, adminCode, log ?? { info: () => {}, warn: () => {} });
  const row = stale ? await findStatusList(ctx.db, adminCode) : cached;
  return row ? { adminCode, list: row.list, issuedAt: row.issuedAt, fetchedAt: row.fetchedAt, token: row.token } : null;
}

/** Refreshes every other member's status list (the schedule's tick). */
export async function refreshStatusLists(ctx: AppContext, log: RegionLogger): Promise<void> {
  const list = await currentTrustList(ctx);
  for (const m of list?.members ?? []) if (m.adminCode !== selfAdminCode(ctx)) await refreshStatusList(ctx, m.adminCode, log);
}
