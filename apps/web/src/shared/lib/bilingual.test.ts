import { describe, expect, it } from 'vitest';
import { pickText } from './bilingual';

describe('bilingual text', () => {
  it('reads the side of the interface language', () => {
    expect(pickText({ zh: '租房补贴', en: 'Rent subsidy' }, 'zh-CN')).toBe('租房补贴');
    expect(pickText({ zh: '租房补贴', en: 'Rent subsidy' }, 'en')).toBe('Rent subsidy');
    expect(pickText(null, 'en')).toBe('');
    expect(pickText(undefined, 'zh-CN')).toBe('');
  });
});
