/**
 * How values read in an explanation: enum values by the label of their vocabulary (from
 * `@bole/contracts`, the one source of domain labels), the city's own values (districts,
 * chains) by the names the caller gives from the city's data, lists joined, money in yuan.
 */
import { FIELD_VOCABULARY, labelOf, type Bilingual, type Vocabulary } from '@bole/contracts';

/** Names of the city's own values: (field, code) → its name, or null when not the city's. */
export type ValueNames = (subject: string, value: string) => Bilingual | null;

/** Language of an explanation. */
export type Lang = 'zh' | 'en';

/** Vocabularies tried, in order, for a value whose field is not known (e.g. an expression). */
const ANY_VOCABULARY: readonly Vocabulary[] = [
  'degree',
  'title',
  'skillLevel',
  'honor',
  'schoolTier',
  'engagementMode',
  'specialPost',
  'employerFlag',
  'employerKind',
  'gender',
  'tier',
];

const WORDS: Record<string, Bilingual> = {
  true: { zh: '是', en: 'yes' },
  false: { zh: '否', en: 'no' },
  null: { zh: '未填写', en: 'not given' },
};

function enumWord(value: string, subject: string, names?: ValueNames): Bilingual | null {
  const city = names?.(subject, value);
  if (city) return city;
  const own = FIELD_VOCABULARY[subject];
  if (own) return labelOf(own, value);
  for (const v of ANY_VOCABULARY) {
    const hit = labelOf(v, value);
    if (hit) return hit;
  }
  return null;
}

/**
 * A value as the trace shows it (`"bachelor"`, `[a, b]`, `6`, `2025-06-30`) in both languages:
 * enum values of `subject`'s vocabulary are named, numbers and dates are shown as given.
 */
export function valueText(v: string, subject = '', names?: ValueNames): Bilingual {
  const s = v.replace(/^"|"$/g, '');
  if (s.startsWith('[') && s.endsWith(']')) {
    const parts = s
      .slice(1, -1)
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => valueText(x, subject, names));
    return { zh: parts.map((p) => p.zh).join('、') || '（无）', en: parts.map((p) => p.en).join(', ') || '(none)' };
  }
  return enumWord(s, subject, names) ?? WORDS[s] ?? { zh: s, en: s };
}

/** Money in fen as yuan text: 150000000 → “1,500,000 元” / “¥1,500,000”. */
export function yuanText(fen: number): Bilingual {
  const yuan = fen / 100;
  const s = yuan.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return { zh: `${s} 元`, en: `¥${s}` };
}
