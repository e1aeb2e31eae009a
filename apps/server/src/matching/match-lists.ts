/** The matching index's small containers: growable slot lists and the running top `k`. */
import { rankBefore } from './match-scoring.js';
import type { RankedTalent } from './match-index.js';

/** A growable list of slots. */
export class IntList {
  items = new Int32Array(8);
  length = 0;
  push(v: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = v;
  }
  /** Removes one `v` by swapping the last item into its place (order does not matter). */
  remove(v: number): void {
    for (let i = 0; i < this.length; i++) {
      if (this.items[i] === v) {
        this.items[i] = this.items[--this.length]!;
        return;
      }
    }
  }
}

/** The best `k` (total, slot) pairs seen, best first; ties by talent id. */
export class TopK {
  private readonly totals: Int32Array;
  private readonly slotsKept: Int32Array;
  private n = 0;
  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.totals = new Int32Array(k);
    this.slotsKept = new Int32Array(k);
  }
  offer(total: number, slot: number): void {
    const { k, totals, slotsKept, ids } = this;
    if (this.n === k && !rankBefore(total, ids[slot]!, totals[k - 1]!, ids[slotsKept[k - 1]!]!)) return;
    let i = this.n < k ? this.n++ : k - 1;
    while (i > 0 && rankBefore(total, ids[slot]!, totals[i - 1]!, ids[slotsKept[i - 1]!]!)) {
      totals[i] = totals[i - 1]!;
      slotsKept[i] = slotsKept[i - 1]!;
      i--;
    }
    totals[i] = total;
    slotsKept[i] = slot;
  }
  /** The total a talent must reach to be kept: the `k`-th total once `k` are kept (a tie may still win on id), else −∞. */
  floor(): number {
    return this.n === this.k ? this.totals[this.k - 1]! : -Infinity;
  }
  slots(): number[] {
    return Array.from(this.slotsKept.subarray(0, this.n));
  }
}

/** Inserts `r` into `best` (sorted, at most `k` long) when it ranks high enough. */
export function offer(best: RankedTalent[], k: number, r: RankedTalent): void {
  const last = best[best.length - 1];
  if (best.length === k && last && !rankBefore(r.score.total, r.id, last.score.total, last.id)) return;
  let i = best.length;
  while (i > 0 && rankBefore(r.score.total, r.id, best[i - 1]!.score.total, best[i - 1]!.id)) i--;
  best.splice(i, 0, r);
  if (best.length > k) best.pop();
}
