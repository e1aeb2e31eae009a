/**
 * Moments and days as people in the city read them: always in Asia/Shanghai (whatever the
 * browser's own zone), one format for every screen and both languages — `2026-03-01 14:05`
 * and `2026-03-01`, the form the dates typed into the forms take.
 */

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(at: string | Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of PARTS.formatToParts(typeof at === 'string' ? new Date(at) : at)) parts[p.type] = p.value;
  return parts;
}

/** A moment (ISO timestamp) as `YYYY-MM-DD HH:mm` in Shanghai. */
export function formatDateTime(at: string | Date): string {
  const p = shanghaiParts(at);
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/**
 * The Shanghai day of a moment as `YYYY-MM-DD`; a plain `YYYY-MM-DD` date is already a day and
 * is returned as it is. `exclusiveEnd` gives the last day a period ending at that moment covers.
 */
export function formatDate(at: string | Date, { exclusiveEnd = false } = {}): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const ms = (typeof at === 'string' ? new Date(at) : at).getTime() - (exclusiveEnd ? 1 : 0);
  const p = shanghaiParts(new Date(ms));
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** The calendar day after a `YYYY-MM-DD` day. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A month's name in the interface's language: `1月`, `January`. */
export function monthName(month: number, lang: string): string {
  return new Intl.DateTimeFormat(lang.startsWith('en') ? 'en-US' : 'zh-CN', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}
