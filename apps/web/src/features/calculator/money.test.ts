import { describe, expect, it } from 'vitest';
import { formatFen, formatFenDelta, pick } from './money';

describe('money', () => {
  it('formats fen as yuan in both languages', () => {
    expect(formatFen(15_000_000, 'zh-CN')).toBe('150,000 元');
    expect(formatFen(15_000_000, 'en')).toBe('¥150,000');
    expect(formatFen(150_050, 'zh-CN')).toBe('1,500.50 元');
    expect(formatFen(0, 'en')).toBe('¥0');
    expect(formatFen(-120_000, 'en')).toBe('-¥1,200');
  });
  it('signs a delta', () => {
    expect(formatFenDelta(5_000_000, 'zh-CN')).toBe('+50,000 元');
    expect(formatFenDelta(-5_000_000, 'en')).toBe('-¥50,000');
  });
  it('picks the language', () => {
    expect(pick({ zh: '中', en: 'en' }, 'zh-CN')).toBe('中');
    expect(pick({ zh: '中', en: 'en' }, 'en')).toBe('en');
    expect(pick(null, 'en')).toBe('');
  });
});
