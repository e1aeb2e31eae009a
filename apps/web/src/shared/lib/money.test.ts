import { describe, expect, it } from 'vitest';
import { formatFen, formatFenDelta } from './money';

describe('money', () => {
  it('formats fen as yuan in both languages, cents only when there are any', () => {
    expect(formatFen(15_000_000, 'zh-CN')).toBe('150,000 元');
    expect(formatFen(15_000_000, 'en')).toBe('¥150,000');
    expect(formatFen(150_050, 'zh-CN')).toBe('1,500.50 元');
    expect(formatFen(0, 'en')).toBe('¥0');
    expect(formatFen(-120_000, 'en')).toBe('-¥1,200');
    expect(formatFen(-120_050, 'zh-CN')).toBe('-1,200.50 元');
  });
  it('always shows two decimals on the ledger screens', () => {
    expect(formatFen(1_234_567, 'zh-CN', { cents: 'always' })).toBe('12,345.67 元');
    expect(formatFen(60_000, 'en', { cents: 'always' })).toBe('¥600.00');
    expect(formatFen(-60_000, 'en', { cents: 'always' })).toBe('-¥600.00');
  });
  it('signs a delta', () => {
    expect(formatFenDelta(5_000_000, 'zh-CN')).toBe('+50,000 元');
    expect(formatFenDelta(-5_000_000, 'en')).toBe('-¥50,000');
    expect(formatFenDelta(0, 'en')).toBe('¥0');
    expect(formatFenDelta(60_000, 'en', { cents: 'always' })).toBe('+¥600.00');
  });
});
