/** Facts that cross cities are named for the city they hold in, never "本市". */
import { describe, expect, it } from 'vitest';
import { fieldLabel, sharedFactLabel } from '../src/index.js';

const ZHUZHOU = { zh: '株洲市', en: 'Zhuzhou' };

describe('sharedFactLabel', () => {
  it('names the city the months were paid in', () => {
    expect(sharedFactLabel('socialInsuranceMonths', ZHUZHOU)).toEqual({ zh: '在株洲市缴纳社保月数', en: 'months of social insurance paid in Zhuzhou' });
    expect(sharedFactLabel('onsiteDaysLastYear', ZHUZHOU).zh).toBe('上年度在株洲市工作天数');
  });

  it('says "the partner city" before one is chosen', () => {
    expect(sharedFactLabel('socialInsuranceMonths').zh).toBe('在对方城市缴纳社保月数');
  });

  it('keeps the profile label of facts that mean the same in every city', () => {
    expect(sharedFactLabel('highestDegree', ZHUZHOU)).toEqual(fieldLabel('highestDegree'));
  });
});
