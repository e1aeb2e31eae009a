/** Money in the interface: the API speaks integer fen; people read yuan. */

/** `15000000` fen → `150,000 元` (zh) or `¥150,000` (en); cents only when there are any. */
export function formatFen(fen: number, lang: string): string {
  const yuan = fen / 100;
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(yuan) ? 0 : 2 }).format(Math.abs(yuan));
  const sign = fen < 0 ? '-' : '';
  return lang.startsWith('en') ? `${sign}¥${text}` : `${sign}${text} 元`;
}

/** A signed change: `+50,000 元` / `-¥1,200`. */
export function formatFenDelta(fen: number, lang: string): string {
  return fen > 0 ? `+${formatFen(fen, lang)}` : formatFen(fen, lang);
}

/** Which side of a `{zh, en}` pair the current language reads. */
export function pick(text: { zh: string; en: string } | null | undefined, lang: string): string {
  if (!text) return '';
  return lang.startsWith('en') ? text.en : text.zh;
}
