/**
 * The allocation of a housing round, pure (no I/O): lottery numbers from the published seed,
 * the single priority order (tier, then lottery number), serial dictatorship over the applicants'
 * ordered unit-type choices, each unit type's cutoff, and for every applicant why they got what
 * they got. `allocation-check.ts` recomputes the same result independently (`bole housing verify`).
 */
import { hash } from 'node:crypto';

/** The version of these rules, published with every round (a change of rules is a new version). */
export const ALLOCATION_CODE_VERSION = 'bole-housing-allocation/1';

/** Priority ranks of the tiers: A first; an applicant without a tier after E. */
export const TIER_RANK: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, D: 3, E: 4 };
const NO_TIER_RANK = 5;

/** One eligible applicant as published in the eligible list. */
export interface EligibleApplicant {
  applicationNumber: string;
  tier: string | null;
  /** Unit-type keys in order of preference (at most 5, no repeats). */
  choices: string[];
}

/** The units of one unit type in the round, in the order they are handed out. */
export interface UnitTypeStock {
  unitType: string;
  units: string[];
}

/** Everything the draw reads: all of it is published. */
export interface RoundInputs {
  round: string;
  seed: string;
  stock: UnitTypeStock[];
  eligible: EligibleApplicant[];
}

/** What one applicant's choices came to, choice by choice, up to the one they got. */
export type ChoiceOutcome =
  | { unitType: string; outcome: 'allocated'; unit: string }
  | { unitType: string; outcome: 'full'; cutoffPosition: number }
  | { unitType: string; outcome: 'not_in_round' };

/** One applicant's place in the order and what they got. */
export interface Placement {
  applicationNumber: string;
  tier: string | null;
  lottery: string;
  /** 1-based place in the single priority order. */
  position: number;
  unitType: string | null;
  unit: string | null;
  /** 1-based rank of the choice they got; null when none. */
  choiceRank: number | null;
  /** Why: each choice up to the one they got (all of them when they got none). */
  why: ChoiceOutcome[];
}

/** A unit type's cutoff: the last place in the order that got one of its units. */
export interface Cutoff {
  unitType: string;
  units: number;
  allocated: number;
  /** Null when some units stayed free (everyone who wanted one got one). */
  lastPosition: number | null;
  lastTier: string | null;
  lastLottery: string | null;
}

/** The result of a round. */
export interface RoundResult {
  placements: Placement[];
  cutoffs: Cutoff[];
}

/** An applicant's lottery number: SHA-256 (hex) of `seed|round|applicationNumber` in UTF-8. */
export function lotteryNumber(seed: string, round: string, applicationNumber: string): string {
  return hash('sha256', `${seed}|${round}|${applicationNumber}`);
}

/** The SHA-256 (hex) of the eligible list in its canonical text (see `eligibleListText`). */
export function eligibleListHash(eligible: readonly EligibleApplicant[]): string {
  return hash('sha256', eligibleListText(eligible));
}

/**
 * The canonical text of the eligible list: one line per applicant, sorted by application number
 * (code-point order), `number<TAB>tier or -<TAB>choices joined by commas`, each ending in a newline.
 */
export function eligibleListText(eligible: readonly EligibleApplicant[]): string {
  const rows = [...eligible].sort((a, b) => (a.applicationNumber < b.applicationNumber ? -1 : a.applicationNumber > b.applicationNumber ? 1 : 0));
  return rows.map((e) => `${e.applicationNumber}\t${e.tier ?? '-'}\t${e.choices.join(',')}\n`).join('');
}

const rankOf = (tier: string | null) => (tier === null ? NO_TIER_RANK : (TIER_RANK[tier] ?? NO_TIER_RANK));

/** Draws and allocates a round. */
export function allocateRound(inputs: RoundInputs): RoundResult {
  const ordered = inputs.eligible.map((e) => {
    const lottery = lotteryNumber(inputs.seed, inputs.round, e.applicationNumber);
    // The tier and the lottery number's first 40 bits as one number; the full number breaks ties.
    return { e, lottery, head: rankOf(e.tier) * 2 ** 40 + parseInt(lottery.slice(0, 10), 16) };
  });
  ordered.sort((a, b) => a.head - b.head || (a.lottery < b.lottery ? -1 : a.lottery > b.lottery ? 1 : 0));
  const free = new Map(inputs.stock.map((s) => [s.unitType, { units: s.units, next: 0 }]));
  const lastTaker = new Map<string, number>();
  const placements: Placement[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const { e, lottery } = ordered[i]!;
    const position = i + 1;
    const why: ChoiceOutcome[] = [];
    let got: { unitType: string; unit: string; rank: number } | null = null;
    for (let c = 0; c < e.choices.length && !got; c++) {
      const unitType = e.choices[c]!;
      const stock = free.get(unitType);
      if (!stock) {
        why.push({ unitType, outcome: 'not_in_round' });
      } else if (stock.next < stock.units.length) {
        const unit = stock.units[stock.next++]!;
        lastTaker.set(unitType, position);
        why.push({ unitType, outcome: 'allocated', unit });
        got = { unitType, unit, rank: c + 1 };
      } else {
        why.push({ unitType, outcome: 'full', cutoffPosition: lastTaker.get(unitType) ?? 0 });
      }
    }
    placements.push({
      applicationNumber: e.applicationNumber,
      tier: e.tier,
      lottery,
      position,
      unitType: got?.unitType ?? null,
      unit: got?.unit ?? null,
      choiceRank: got?.rank ?? null,
      why,
    });
  }
  const cutoffs = inputs.stock.map((s): Cutoff => {
    const allocated = free.get(s.unitType)!.next;
    const full = allocated === s.units.length && allocated > 0;
    const last = full ? placements[lastTaker.get(s.unitType)! - 1]! : null;
    return {
      unitType: s.unitType,
      units: s.units.length,
      allocated,
      lastPosition: last?.position ?? null,
      lastTier: last?.tier ?? null,
      lastLottery: last?.lottery ?? null,
    };
  });
  return { placements, cutoffs };
}
