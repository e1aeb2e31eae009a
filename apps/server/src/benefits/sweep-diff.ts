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

/** One row of a sweep's preview: a person's change and the terms a confirmation writes. */
export interface ChangeRow {
  sweepId: string;
  talentId: string;
  policyId: string;
  source: string;
  change: 'new' | 'changed' | 'ended';
  oldAmountFen: number | null;
  newAmountFen: number | null;
  /** The existing entitlement a change, re-activation or end touches; null for a new one. */
  entitlementId: string | null;
  period: string | null;
  months: number | null;
}

/** The preview rows of a chunk's diff (what the sweep's diff view lists and a confirmation writes). */
export function changeRows(sweepId: string, diff: ChunkDiff): ChangeRow[] {
  const grant = (d: DesiredEntitlement, existing: ExistingEntitlement | null, change: 'new' | 'changed'): ChangeRow => ({
    sweepId,
    talentId: d.talentId,
    policyId: d.policyId,
    source: d.source,
    change,
    oldAmountFen: change === 'changed' ? existing!.amountFen : null,
    newAmountFen: d.amountFen,
    entitlementId: existing?.id ?? null,
    period: d.period,
    months: d.months,
  });
  return [
    ...diff.create.map((d) => grant(d, null, 'new')),
    ...diff.reactivate.map((c) => grant(c.desired, c.existing, 'new')),
    ...diff.change.map((c) => grant(c.desired, c.existing, 'changed')),
    ...diff.end.map((e) => ({
      sweepId,
      talentId: e.talentId,
      policyId: e.policyId,
      source: e.source,
      change: 'ended' as const,
      oldAmountFen: e.amountFen,
      newAmountFen: null,
      entitlementId: e.id,
      period: null,
      months: null,
    })),
  ];
}

/** A preview row as one comparable string (a confirmation checks the preview still holds). */
export function changeKey(r: Omit<ChangeRow, 'sweepId' | 'change'> & { change: string }): string {
  return [r.talentId, r.policyId, r.source, r.change, r.oldAmountFen, r.newAmountFen, r.entitlementId, r.period, r.months].map((v) => v ?? '').join('|');
}

/** Whether two chunks' preview rows are the same set. */
export function sameChanges(a: readonly ChangeRow[], b: readonly Parameters<typeof changeKey>[0][]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(changeKey).sort();
  const right = b.map(changeKey).sort();
  return left.every((k, i) => k === right[i]);
}
