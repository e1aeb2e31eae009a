/**
 * The pure rule of a sweep chunk: compare what the engine grants now with the entitlements the
 * previous sweeps left, and say what to create, change, re-activate and end. No I/O.
 */
import type { BenefitPeriod } from './entitlement-period.js';

/** Where a sweep-managed entitlement comes from. */
export type SweepSource = 'auto' | 'notify';

/** A benefit the engine grants at the sweep date (auto policies) or a notice (notify policies). */
export interface DesiredEntitlement {
  talentId: string;
  policyId: string;
  source: SweepSource;
  amountFen: number;
  period: BenefitPeriod;
  months: number;
}

/** A stored sweep-managed entitlement. */
export interface ExistingEntitlement {
  id: string;
  talentId: string;
  policyId: string;
  source: string;
  amountFen: number;
  period: string;
  months: number;
  status: string;
}

/** What a chunk must write. */
export interface ChunkDiff {
  create: DesiredEntitlement[];
  /** Active rows whose amount, period or months changed. */
  change: { existing: ExistingEntitlement; desired: DesiredEntitlement }[];
  /** Ended rows granted again. */
  reactivate: { existing: ExistingEntitlement; desired: DesiredEntitlement }[];
  /** Active rows no longer granted. */
  end: ExistingEntitlement[];
}

const keyOf = (e: { talentId: string; policyId: string; source: string }) => `${e.talentId}|${e.policyId}|${e.source}`;

/** Diffs one chunk: `existing` must hold every sweep-managed row of the chunk's talents. */
export function diffChunk(desired: readonly DesiredEntitlement[], existing: readonly ExistingEntitlement[]): ChunkDiff {
  const byKey = new Map<string, ExistingEntitlement>();
  for (const e of existing) byKey.set(keyOf(e), e);
  const out: ChunkDiff = { create: [], change: [], reactivate: [], end: [] };
  const seen = new Set<string>();
  for (const d of desired) {
    const k = keyOf(d);
    seen.add(k);
    const e = byKey.get(k);
    if (!e) out.create.push(d);
    else if (e.status !== 'active') out.reactivate.push({ existing: e, desired: d });
    else if (e.amountFen !== d.amountFen || e.period !== d.period || e.months !== d.months) out.change.push({ existing: e, desired: d });
  }
  for (const e of existing) if (e.status === 'active' && !seen.has(keyOf(e))) out.end.push(e);
  return out;
}
