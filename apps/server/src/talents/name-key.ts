/**
 * The sort key of a talent's name: its pinyin, so the office's list orders 安 < 白 < 张 as a
 * Chinese reader expects (`Intl.Collator('zh-CN')` order) on PostgreSQL and PGlite alike —
 * PGlite has no Chinese ICU collation, so the key is computed here and stored (`talents.name_key`).
 * Pure; tested in name-key.test.ts.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Syllables with their tone digit, surnames read as surnames (曾 zeng, 单 shan), other
 * characters lower-cased, everything but letters and digits dropped: `张三` → `zhang1san1`,
 * `安娜` → `an1na4`. The tone digit ends each syllable, so `li3…` sorts before `lian2` and the
 * key compares the same under the C collation and any locale's.
 */
export function nameSortKey(name: string): string {
  return pinyin(name, { surname: 'head', toneType: 'num', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The row with `nameKey` set from its `name` (left as it is when the row sets no name). */
export function withNameKey<T extends { name?: string | undefined; nameKey?: string | null | undefined }>(row: T): T {
  return row.name === undefined ? row : { ...row, nameKey: nameSortKey(row.name) };
}
