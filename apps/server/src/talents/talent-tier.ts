/**
 * The talent's tier (人才分类认定), decided by the policy engine with the classification table
 * of the policy pack in force — never by a table written here. Null when no pack is in force
 * or the profile cannot be evaluated.
 */
import { evaluate, parseProfile } from '@bole/engine';
import { TIERS, type TalentProfileInput, type Tier } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { readTalentPage, setTiers, type TalentForTier } from './talent.repository.js';

/** The employer attributes the engine reads (`employer.chain`, …). */
export interface EmployerFacts {
  chain: string;
  kind: string;
  district: string;
  flags: string[];
}

/** The engine's profile input (the policy pack's field names) for a profile about to be saved. */
export function engineProfileInput(
  talentId: string,
  input: TalentProfileInput,
  idNumber: string | null,
  employer: EmployerFacts | null,
): Record<string, unknown> {
  const { name: _name, district: _district, idNumber: _given, ...fields } = input;
  return { ...fields, id: talentId, idNumber, employer: input.employerId === null ? null : employer };
}

/** Classifies one profile (engine input); null for no tier. Pure once built. */
export type TierClassifier = (profileInput: Record<string, unknown>) => Tier | null;

/**
 * A classifier with the pack in force at `at` (null tiers when none is in force, or when the
 * input does not parse). Resolve it BEFORE opening a transaction: the registry reads the
 * policy tables on its own connection, which on PGlite (one connection) would wait forever
 * for the open transaction.
 */
export async function tierClassifierAt(ctx: AppContext, at: string): Promise<TierClassifier> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  if (!resolved) return () => null;
  return (profileInput) => {
    const parsed = parseProfile(profileInput, at, resolved.pack.schema);
    if (!parsed.ok) return null;
    const tier = evaluate(resolved.pack, parsed.profile, at, { trace: false }).tier;
    return (TIERS as readonly string[]).includes(tier ?? '') ? (tier as Tier) : null;
  };
}

/**
 * The engine input of a stored talent for classification. The ID number is left out: no
 * classification rule reads it, and decrypting a million numbers for nothing is slow.
 */
export function engineInputOfRow(row: TalentForTier): Record<string, unknown> {
  const {
    name: _n,
    district: _d,
    mobileEnc: _me,
    mobileHash: _mh,
    idNumberEnc: _ie,
    idNumberHash: _ih,
    tier: _t,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = row;
  return { ...fields, idNumber: null, employer: row.employerId === null ? null : row.employer };
}

/** Outcome of a tier recomputation. */
export interface TierRecount {
  at: string;
  scanned: number;
  changed: number;
  /** Talents whose profile is incomplete (no birth date or degree yet): no tier. */
  unclassified: number;
}

/**
 * Recomputes every stored tier with the pack in force at `at` (after a classification table
 * is published, or after a bulk load), in keyset pages of `pageSize`, each page one
 * transaction; only changed tiers are written. One audit entry records the run. Idempotent:
 * rerun it to resume after an interruption.
 */
export async function recomputeTalentTiers(
  ctx: AppContext,
  at: string,
  opts: { pageSize?: number; onProgress?: (done: number) => void } = {},
): Promise<TierRecount> {
  const classify = await tierClassifierAt(ctx, at);
  const result: TierRecount = { at, scanned: 0, changed: 0, unclassified: 0 };
  let after: string | null = null;
  for (;;) {
    const page = await readTalentPage(ctx.db, after, opts.pageSize ?? 5_000);
    if (page.length === 0) break;
    const changes: Array<{ id: string; tier: Tier | null }> = [];
    for (const row of page) {
      const tier = row.birthDate === null || row.highestDegree === null ? null : classify(engineInputOfRow(row));
      if (tier === null && (row.birthDate === null || row.highestDegree === null)) result.unclassified++;
      if (tier !== row.tier) changes.push({ id: row.id, tier });
    }
    await ctx.db.transaction((tx) => setTiers(tx, changes));
    result.scanned += page.length;
    result.changed += changes.length;
    after = page[page.length - 1]!.id;
    opts.onProgress?.(result.scanned);
  }
  await ctx.db.transaction((tx) => ctx.audit.record(tx, null, { action: 'talent.tiers.recompute', entity: 'talent', entityId: null, detail: { ...result } }));
  return result;
}
