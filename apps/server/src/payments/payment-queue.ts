/**
 * The fair queue of payment lines when a policy's annual budget or quota runs out — a pure rule.
 *
 * Order: the entitlement's start date (who was entitled first), then when it was granted (the
 * application's approval or the sweep), then the entitlement id (a stable tie-break), then the
 * month. Lines are committed from the head while the money left covers them; the first line the
 * money does not cover stops the queue, so a later, smaller line never overtakes an earlier one.
 * The quota (people per year) admits new people in the same order; a person already counted
 * this year does not use quota again, so their later months keep being paid.
 */

/** A line waiting for budget. */
export interface WaitingLine {
  id: string;
  entitlementId: string;
  amountFen: number;
  startDate: string;
  grantedAt: string;
  period: string;
  /** The entitlement already has a committed line this year (already counted in the quota). */
  counted: boolean;
}

/** Compares two lines in fair order. */
export function fairOrder(a: WaitingLine, b: WaitingLine): number {
  return cmp(a.startDate, b.startDate) || cmp(a.grantedAt, b.grantedAt) || cmp(a.entitlementId, b.entitlementId) || cmp(a.period, b.period);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which lines (indexes into `ordered`) are committed with the money and people left. Money is
 * strict: the first line the money does not cover stops the queue. Quota only stops people not
 * yet counted this year; lines of people already counted keep being paid while money lasts.
 */
export function committable(ordered: readonly WaitingLine[], remainingFen: number, remainingQuota: number): number[] {
  let money = remainingFen;
  let people = remainingQuota;
  const counted = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const l = ordered[i]!;
    const known = l.counted || counted.has(l.entitlementId);
    if (!known && people < 1) continue;
    if (l.amountFen > money) break;
    money -= l.amountFen;
    if (!known) {
      people--;
      counted.add(l.entitlementId);
    }
    out.push(i);
  }
  return out;
}
