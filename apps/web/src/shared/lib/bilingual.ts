/** Texts the API sends in both languages (policy titles, condition texts, tier labels…). */

/** A `{zh, en}` pair as the API sends it. */
export interface BilingualText {
  zh: string;
  en: string;
}

/** The side of a `{zh, en}` pair the interface language reads; `''` when there is no pair. */
export function pickText(text: BilingualText | null | undefined, lang: string): string {
  if (!text) return '';
  return lang.startsWith('en') ? text.en : text.zh;
}
