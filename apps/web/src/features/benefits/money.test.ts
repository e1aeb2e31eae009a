import { describe, expect, it } from 'vitest';
import { pickText, yuanText } from './money';

describe('benefit money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(yuanText(1_234_567, 'zh-CN')).toBe('12,345.67 元');
    expect(yuanText(60_000, 'en')).toBe('¥600.00');
    expect(pickText({ zh: '租房补贴', en: 'Rent subsidy' }, 'en')).toBe('Rent subsidy');
  });
});
