/**
 * The region's trust list in this instance: fetched from the committee on a schedule, checked
 * against the committee's keys (BOLE_REGION_COMMITTEE_JWKS), admitted by the rules of
 * trust-list.ts and stored, so a restart or a committee server down keeps the last good copy.
 * Other parts of the region ask it who a member is and which of its keys verify now.
 */
import { readFileSync } from 'node:fs';
import type { RegionTrustListView, TrustList, TrustListMember } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { fail } from '../http/errors.js';
import { verifyCompact, type PublicKeyJwk } from './credentials/index.js';
import { admitTrustList, keysAt, parseTrustList, TRUST_LIST_TYP, type TrustListRefusal } from './trust-list.js';
import { findLatestTrustList, insertTrustList, listTrustLists } from './trust-list.repository.js';
import { regionFetch, type RegionLogger } from './region-http.js';

const committeeKeyCache = new Map<string, PublicKeyJwk[]>();

/**
 * The committee's public keys from BOLE_REGION_COMMITTEE_JWKS: a JWKS as JSON (`{"keys":[…]}`)
 * or the path of a file holding one; [] when the instance takes part in no region or the keys
 * cannot be read (every list is then refused as `no_committee_keys`, and logged).
 */
export function committeeKeys(ctx: AppContext): PublicKeyJwk[] {
  const raw = ctx.config.region.committeeJwks?.trim();
  if (!raw) return [];
  const cached = committeeKeyCache.get(raw);
  if (cached) return cached;
  try {
    const text = raw.startsWith('{') ? raw : readFileSync(raw, 'utf8');
    const keys = (JSON.parse(text) as { keys?: PublicKeyJwk[] }).keys ?? [];
    committeeKeyCache.set(raw, keys);
    return keys;
  } catch {
    return [];
  }
}

/** This instance's administrative code: the city's, from city.yaml. */
export const selfAdminCode = (ctx: AppContext): string => ctx.city.adminCode;

/** The last good verified copy, or null before the first accepted list. */
export async function currentTrustList(ctx: AppContext): Promise<TrustList | null> {
  return (await findLatestTrustList(ctx.db))?.list ?? null;
}

/** A member of the current list, or null. */
export async function memberOf(ctx: AppContext, adminCode: string): Promise<TrustListMember | null> {
  return (await currentTrustList(ctx))?.members.find((m) => m.adminCode === adminCode) ?? null;
}

/** The current list, or 409 BOLE_REGION_DISABLED when there is none yet. */
export async function requireTrustList(ctx: AppContext): Promise<TrustList> {
  const list = await currentTrustList(ctx);
  if (!list) throw fail('BOLE_REGION_DISABLED');
  return list;
}

/** The keys of a member valid at `at` on the current list; [] for an unknown city. A key removed in a newer version no longer verifies. */
export async function keysOf(ctx: AppContext, adminCode: string, at: Date): Promise<PublicKeyJwk[]> {
  return keysAt(await currentTrustList(ctx), adminCode, at);
}

/** Every accepted version, newest first (re-checking signatures made under older lists). */
export async function trustListHistory(ctx: AppContext): Promise<TrustList[]> {
  return (await listTrustLists(ctx.db)).map((r) => r.list);
}

/** What offering a signed list did. */
export type TrustListOutcome = { outcome: 'accepted' | 'unchanged'; version: number } | { outcome: 'refused'; reason: TrustListRefusal; detail?: string };

/**
 * Offers a signed trust list: verified against the committee's keys, parsed, admitted (newer
 * version, not expired) and stored. A refused list changes nothing; the caller logs the refusal.
 */
export async function offerTrustList(ctx: AppContext, token: string): Promise<TrustListOutcome> {
  const keys = committeeKeys(ctx);
  if (!keys.length) return { outcome: 'refused', reason: 'no_committee_keys' };
  const verified = await verifyCompact(token.trim(), keys);
  if (!verified.ok)
    return { outcome: 'refused', reason: verified.reason === 'unknown_key' ? 'unknown_key' : verified.reason === 'structure' ? 'structure' : 'bad_signature' };
  if (verified.header.typ !== TRUST_LIST_TYP) return { outcome: 'refused', reason: 'structure', detail: `typ ${String(verified.header.typ)}` };
  const parsed = parseTrustList(verified.payload);
  if (!parsed.ok) return { outcome: 'refused', reason: 'invalid', detail: parsed.problems.slice(0, 5).join('; ') };
  return ctx.db.transaction(async (tx) => {
    const current = await findLatestTrustList(tx);
    const now = ctx.clock.now();
    const admitted = admitTrustList({ list: parsed.list, token: token.trim() }, current, now);
    if (admitted.outcome === 'refuse') return { outcome: 'refused', reason: admitted.reason };
    if (admitted.outcome === 'unchanged') return { outcome: 'unchanged', version: parsed.list.version };
    await insertTrustList(tx, { version: parsed.list.version, token: token.trim(), list: parsed.list, acceptedAt: now });
    await ctx.audit.record(tx, null, {
      action: 'region.trust_list.accept',
      entity: 'region_trust_list',
      entityId: String(parsed.list.version),
      detail: { previous: current?.version ?? null, members: parsed.list.members.map((m) => m.adminCode) },
    });
    return { outcome: 'accepted', version: parsed.list.version };
  });
}

/** Fetches the list from BOLE_REGION_TRUST_LIST_URL and offers it; logs what happened. Never throws. */
export async function refreshTrustList(ctx: AppContext, log: RegionLogger): Promise<TrustListOutcome | null> {
  const url = ctx.config.region.trustListUrl;
  if (!url) return null;
  let token: string;
  try {
    const res = await regionFetch(ctx)(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    token = await res.text();
  } catch (err) {
    log.warn({ url, err: String(err) }, 'region trust list not fetched; the last good copy stays in force');
    return null;
  }
  const outcome = await offerTrustList(ctx, token);
  if (outcome.outcome === 'refused') log.warn({ url, ...outcome }, 'region trust list refused; the last good copy stays in force');
  else if (outcome.outcome === 'accepted') log.info({ url, version: outcome.version }, 'region trust list accepted');
  return outcome;
}

/** `GET /api/v1/region/trust-list`: the last good copy as this instance holds it. */
export async function trustListView(ctx: AppContext): Promise<RegionTrustListView> {
  const row = await findLatestTrustList(ctx.db);
  return {
    enabled: committeeKeys(ctx).length > 0 && ctx.config.region.trustListUrl !== undefined,
    selfAdminCode: selfAdminCode(ctx),
    list: row?.list ?? null,
    token: row?.token ?? null,
    acceptedAt: row?.acceptedAt.toISOString() ?? null,
  };
}
