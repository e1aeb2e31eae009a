/**
 * The names of China's statutory holidays as the holiday calendar gives them (国务院《全国年节及
 * 纪念日放假办法》), and of the two kinds of days a notice moves, in both languages.
 */
import type { Bilingual } from './bilingual.js';

/** A statutory holiday by its Chinese name. */
export const HOLIDAY_LABELS: Readonly<Record<string, Bilingual>> = {
  元旦: { zh: '元旦', en: "New Year's Day" },
  春节: { zh: '春节', en: 'Spring Festival' },
  '春节（除夕）': { zh: '春节（除夕）', en: "Spring Festival (New Year's Eve)" },
  清明节: { zh: '清明节', en: 'Qingming Festival' },
  劳动节: { zh: '劳动节', en: 'Labour Day' },
  端午节: { zh: '端午节', en: 'Dragon Boat Festival' },
  中秋节: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  国庆节: { zh: '国庆节', en: 'National Day' },
};

/** A day off given for a holiday that fell on a weekend, and a weekend day worked in exchange. */
export const DAY_IN_LIEU_LABEL: Bilingual = { zh: '补休', en: 'day in lieu' };
export const MAKEUP_WORKDAY_LABEL: Bilingual = { zh: '调休上班', en: 'make-up workday' };

/**
 * A calendar day's name in `lang`: `国庆节、中秋节` → `National Day, Mid-Autumn Festival`,
 * `元旦（补休）` → `New Year's Day (day in lieu)`. A name it does not know is kept as written.
 */
export function holidayNameIn(name: string, lang: string): string {
  if (!lang.startsWith('en') || name === '') return name;
  if (name === MAKEUP_WORKDAY_LABEL.zh) return MAKEUP_WORKDAY_LABEL.en;
  const lieu = `（${DAY_IN_LIEU_LABEL.zh}）`;
  return name
    .split('、')
    .map((part) => {
      const inLieu = part.endsWith(lieu) && !HOLIDAY_LABELS[part];
      const base = inLieu ? part.slice(0, -lieu.length) : part;
      const en = HOLIDAY_LABELS[base]?.en ?? base;
      return inLieu ? `${en} (${DAY_IN_LIEU_LABEL.en})` : en;
    })
    .join(', ');
}
