/** Pure rules of youth-station stays: nights of a stay, ranges of nights. No I/O. */

const DAY_MS = 86_400_000;

/** The date `n` days after `date` (YYYY-MM-DD, n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The `count` consecutive nights from `first`. */
export function nightsFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** The last night of a stay of `nights` nights from `first`. */
export function lastNightOf(first: string, nights: number): string {
  return addDays(first, nights - 1);
}

/** The first bed (in order) none of whose nights is held, or null. */
export function firstFreeBed(bedIds: readonly string[], held: readonly { bedId: string }[]): string | null {
  const taken = new Set(held.map((h) => h.bedId));
  return bedIds.find((id) => !taken.has(id)) ?? null;
}
