/** Money on the benefit and payment screens: the API speaks integer fen; people read yuan with 2 decimals. */

/** `1234567` fen → `12,345.67 元` (zh) or `¥12,345.67` (en). */
export function yuanText(fen: number, lang: string): string {
  const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);
  return lang.startsWith('en') ? `¥${text}` : `${text} 元`;
}

/** Which side of a `{zh, en}` pair the current language reads. */
export function pickText(text: { zh: string; en: string } | null | undefined, lang: string): string {
  if (!text) return '';
  return lang.startsWith('en') ? text.en : text.zh;
}
