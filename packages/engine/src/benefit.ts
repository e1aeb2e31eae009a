/** Benefit value conventions of the pack: value and annual cost of an amount over a period. */

/** How often a benefit pays. */
export type Period = 'once' | 'month' | 'year';

/** Value = amount for once, amount × months per month, amount × ceil(months / 12) per year. */
export function valueFen(period: Period, amountFen: number, months: number): number {
  if (period === 'once') return amountFen;
  if (period === 'month') return amountFen * months;
  return amountFen * Math.ceil(months / 12);
}

/**
 * Cost in the first year of entitlement, used for budget deltas: the amount for once and
 * year benefits, amount × min(months, 12) for monthly ones.
 */
export function annualFen(period: Period, amountFen: number, months: number): number {
  return period === 'month' ? amountFen * Math.min(months, 12) : amountFen;
}
