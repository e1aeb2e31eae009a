/**
 * What a reform changes: compares two population evaluations (before and after) person by
 * person. Per policy, a gainer's annual granted amount went up, a loser's went down, and
 * `changed` counts everyone whose outcome differs (granted or not, amount, months) — so
 * gainers + losers ≤ changed. Totals and the breakdowns (district, chain) count people by the
 * sum over all policies. Budget delta = Σ annual cost after − before, in fen. Pure.
 */
import { annualFen, type PopulationEvaluation } from '@bole/engine';

/** Counts and budget delta of one slice. */
export interface Counts {
  gainers: number;
  losers: number;
  changed: number;
  budgetDeltaFen: number;
}

/** One policy's impact. */
export interface PolicyImpactRow extends Counts {
  policy: string;
  grantedBefore: number;
  grantedAfter: number;
  annualBeforeFen: number;
  annualAfterFen: number;
}

/** The whole comparison. */
export interface Impact {
  policies: PolicyImpactRow[];
  total: Counts;
  byDistrict: (Counts & { key: string })[];
  byChain: (Counts & { key: string })[];
}

const zero = (): Counts => ({ gainers: 0, losers: 0, changed: 0, budgetDeltaFen: 0 });

/** Per row: granted annual cost (fen) and a signature of the outcome (amount, months). */
function annualOf(ev: PopulationEvaluation, oi: number, n: number) {
  const o = ev.outcomes[oi]!;
  const annual = new Float64Array(n);
  const sig = new Float64Array(n).fill(-1);
  for (let k = 0; k < o.rows.length; k++) {
    if (o.granted[k] !== 1) continue;
    const r = o.rows[k]!;
    annual[r] = annualFen(o.period, o.amountFen[k]!, o.months[k]!);
    sig[r] = o.amountFen[k]! * 1000 + o.months[k]!;
  }
  return { annual, sig };
}

/**
 * Compares `before` and `after` (same population, same policies). `districtOf(i)` and
 * `chainOf(i)` name row i's slice; `only` restricts the per-policy list (all policies with a
 * change are listed anyway).
 */
export function compareEvaluations(
  before: PopulationEvaluation,
  after: PopulationEvaluation,
  districtOf: (i: number) => string,
  chainOf: (i: number) => string,
  only: ReadonlySet<string> = new Set(),
): Impact {
  const n = before.size;
  const totBefore = new Float64Array(n);
  const totAfter = new Float64Array(n);
  const changedRow = new Uint8Array(n);
  const policies: PolicyImpactRow[] = [];
  before.outcomes.forEach((ob, oi) => {
    const oa = after.outcomes.find((x) => x.policy === ob.policy);
    if (!oa) return;
    const b = annualOf(before, oi, n);
    const a = annualOf(after, after.outcomes.indexOf(oa), n);
    const row: PolicyImpactRow = { policy: ob.policy, ...zero(), grantedBefore: 0, grantedAfter: 0, annualBeforeFen: 0, annualAfterFen: 0 };
    for (let i = 0; i < n; i++) {
      const vb = b.annual[i]!;
      const va = a.annual[i]!;
      totBefore[i] = totBefore[i]! + vb;
      totAfter[i] = totAfter[i]! + va;
      if (b.sig[i]! >= 0) row.grantedBefore++;
      if (a.sig[i]! >= 0) row.grantedAfter++;
      row.annualBeforeFen += vb;
      row.annualAfterFen += va;
      if (va > vb) row.gainers++;
      else if (va < vb) row.losers++;
      if (va !== vb || a.sig[i] !== b.sig[i]) {
        row.changed++;
        changedRow[i] = 1;
      }
    }
    row.budgetDeltaFen = row.annualAfterFen - row.annualBeforeFen;
    if (row.changed > 0 || only.has(row.policy)) policies.push(row);
  });
  const total = zero();
  const districts = new Map<string, Counts>();
  const chains = new Map<string, Counts>();
  const bump = (m: Map<string, Counts>, key: string, f: (c: Counts) => void) => {
    let c = m.get(key);
    if (!c) m.set(key, (c = zero()));
    f(c);
  };
  for (let i = 0; i < n; i++) {
    if (changedRow[i] === 0) continue;
    const delta = totAfter[i]! - totBefore[i]!;
    const add = (c: Counts) => {
      c.changed++;
      if (delta > 0) c.gainers++;
      else if (delta < 0) c.losers++;
      c.budgetDeltaFen += delta;
    };
    add(total);
    bump(districts, districtOf(i), add);
    bump(chains, chainOf(i), add);
  }
  const list = (m: Map<string, Counts>) =>
    [...m.entries()].map(([key, c]) => ({ key, ...c })).sort((x, y) => Math.abs(y.budgetDeltaFen) - Math.abs(x.budgetDeltaFen) || (x.key < y.key ? -1 : 1));
  return { policies, total, byDistrict: list(districts), byChain: list(chains) };
}
