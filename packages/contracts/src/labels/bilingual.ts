/**
 * The shape of every domain label: one text per language. English labels are written as they
 * read inside a sentence ("highest degree", "tier A"); `standalone` capitalises the first letter
 * for a form label, a column or a tag ("Highest degree").
 */

import type { Bilingual } from '../policy.schema.js';

/** A text in both languages (the same `{zh, en}` pair the API sends). */
export type { Bilingual };

/** Languages a label is written in. */
export type LabelLang = 'zh' | 'en';

/** The label as it stands alone (a form label, a tag): English gets a capital first letter. */
export function standalone(label: Bilingual, lang: LabelLang): string {
  if (lang === 'zh') return label.zh;
  return label.en.charAt(0).toUpperCase() + label.en.slice(1);
}
