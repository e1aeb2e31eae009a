/**
 * The arithmetic of awards, as plain functions: what is left of a program's budget, how an award
 * splits into its milestones' shares (whole fen, summing exactly to the award), and whether an
 * award is final — confirmed by a second officer, its public notice over, no objection open.
 */
import type { AwardMilestone, AwardNotice, AwardRecord } from '@bole/contracts';

/** What the awards of a program take from its budget: every award, confirmed or awaiting the second officer. */
export function awardedFen(awards: readonly (AwardRecord | null)[]): number {
  return awards.reduce((sum, a) => sum + (a?.outcome === 'awarded' ? a.amountFen : 0), 0);
}

/**
 * The award's share for each milestone, in whole fen: each share rounded down, the fen left
 * over given one by one to the milestones with the largest remainders (the first on ties), so
 * the shares always add up to the award.
 */
export function milestoneShares(amountFen: number, milestones: readonly Pick<AwardMilestone, 'id' | 'percent'>[]): Map<string, number> {
  const exact = milestones.map((m) => ({ id: m.id, fen: Math.floor((amountFen * m.percent) / 100), rest: (amountFen * m.percent) % 100 }));
  let left = amountFen - exact.reduce((s, e) => s + e.fen, 0);
  const order = exact.map((e, i) => ({ ...e, i })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const e of order) {
    if (left <= 0) break;
    exact[e.i]!.fen += 1;
    left -= 1;
  }
  return new Map(exact.map((e) => [e.id, e.fen]));
}

/** Whether the public may object on `today` (the notice includes its last day). */
export function awardNoticeIsOpen(notice: AwardNotice | null, today: string): boolean {
  return notice !== null && notice.startsOn <= today && today <= notice.endsOn;
}

/** Why an award cannot be paid yet on `today`, or null when it is final. */
export function awardNotFinal(
  award: AwardRecord | null,
  notice: AwardNotice | null,
  today: string,
): 'not_awarded' | 'unconfirmed' | 'notice_not_published' | 'notice_running' | 'open_objections' | null {
  if (!award || award.outcome !== 'awarded') return 'not_awarded';
  if (!award.confirmedBy) return 'unconfirmed';
  if (!notice) return 'notice_not_published';
  if (today <= notice.endsOn) return 'notice_running';
  if (award.objections.some((o) => o.status === 'open')) return 'open_objections';
  return null;
}
