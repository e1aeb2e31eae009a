/**
 * The independent re-check of a housing round (`bole housing verify ROUND`): recomputes, from the
 * published inputs alone, the hash of the eligible list, every lottery number, the priority order,
 * the serial-dictatorship allocation and the cutoffs, and compares them with the published result.
 * Written apart from `allocation.ts` on purpose (its own ordering key, its own allocation loop), so
 * a mistake in one is not silently repeated in the other; it shares only the published formulas.
 */
import { hash } from 'node:crypto';

/** The published inputs of a round, as the public page and `GET …/published` give them. */
export interface PublishedInputs {
  round: string;
  seed: string;
  eligibleHash: string;
  stock: { unitType: string; units: string[] }[];
  eligible: { applicationNumber: string; tier: string | null; choices: string[] }[];
}

/** The published result of a round. */
export interface PublishedResult {
  placements: { applicationNumber: string; lottery: string; position: number; unitType: string | null; unit: string | null }[];
  cutoffs: { unitType: string; allocated: number; lastPosition: number | null; lastLottery: string | null }[];
}

/** What the re-check found. */
export interface CheckReport {
  agrees: boolean;
  applicants: number;
  units: number;
  /** The first differences found (at most 20), in words. */
  differences: string[];
}

const sha256 = (text: string) => hash('sha256', text, 'hex');

/** Recomputes a round from its published inputs and compares it with its published result. */
export function checkRound(inputs: PublishedInputs, published: PublishedResult): CheckReport {
  const differences: string[] = [];
  const note = (d: string) => {
    if (differences.length < 20) differences.push(d);
  };

  const canonical = inputs.eligible
    .map((e) => [e.applicationNumber, e.tier ?? '-', e.choices.join(',')].join('\t'))
    .sort()
    .map((line) => line + '\n')
    .join('');
  if (sha256(canonical) !== inputs.eligibleHash) note(`the eligible list does not match its published hash ${inputs.eligibleHash}`);

  // One sortable key per applicant: tier digit then the 64-hex lottery number.
  const tierDigit = (t: string | null) => (t !== null && 'ABCDE'.includes(t) && t.length === 1 ? String('ABCDE'.indexOf(t)) : '5');
  const keyed = inputs.eligible.map((e) => {
    const lottery = sha256([inputs.seed, inputs.round, e.applicationNumber].join('|'));
    return { key: tierDigit(e.tier) + lottery, lottery, e };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : 1));

  const left: Record<string, string[]> = {};
  for (const s of inputs.stock) left[s.unitType] = [...s.units].reverse();
  const taken: Record<string, { count: number; position: number | null; lottery: string | null }> = {};
  for (const s of inputs.stock) taken[s.unitType] = { count: 0, position: null, lottery: null };

  const byNumber = new Map(published.placements.map((p) => [p.applicationNumber, p]));
  if (published.placements.length !== keyed.length) note(`${published.placements.length} placements published for ${keyed.length} eligible applicants`);
  keyed.forEach(({ lottery, e }, index) => {
    const position = index + 1;
    const choice = e.choices.find((c) => (left[c]?.length ?? 0) > 0) ?? null;
    const unit = choice === null ? null : left[choice]!.pop()!;
    if (choice !== null) taken[choice] = { count: taken[choice]!.count + 1, position, lottery };
    const p = byNumber.get(e.applicationNumber);
    if (!p) return note(`${e.applicationNumber}: no published placement`);
    if (p.lottery !== lottery) note(`${e.applicationNumber}: lottery number ${p.lottery} published, ${lottery} recomputed`);
    if (p.position !== position) note(`${e.applicationNumber}: place ${p.position} published, ${position} recomputed`);
    if (p.unit !== unit || p.unitType !== choice)
      note(`${e.applicationNumber}: ${p.unitType ?? 'nothing'} ${p.unit ?? ''} published, ${choice ?? 'nothing'} ${unit ?? ''} recomputed`);
  });

  const cutoffs = new Map(published.cutoffs.map((c) => [c.unitType, c]));
  for (const s of inputs.stock) {
    const t = taken[s.unitType]!;
    const full = t.count === s.units.length && t.count > 0;
    const c = cutoffs.get(s.unitType);
    if (!c) {
      note(`${s.unitType}: no published cutoff`);
      continue;
    }
    if (c.allocated !== t.count) note(`${s.unitType}: ${c.allocated} units allocated published, ${t.count} recomputed`);
    if (c.lastPosition !== (full ? t.position : null) || c.lastLottery !== (full ? t.lottery : null)) {
      note(`${s.unitType}: cutoff ${c.lastPosition ?? '-'} published, ${full ? t.position : '-'} recomputed`);
    }
  }
  return { agrees: differences.length === 0, applicants: keyed.length, units: inputs.stock.reduce((n, s) => n + s.units.length, 0), differences };
}
