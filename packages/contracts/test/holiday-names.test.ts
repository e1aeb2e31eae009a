import { describe, expect, it } from 'vitest';
import { holidayNameIn } from '../src/index.js';

describe('holiday names in the interface language', () => {
  it('translates statutory holidays, days in lieu, make-up workdays and joined names', () => {
    expect(holidayNameIn('国庆节、中秋节', 'en')).toBe('National Day, Mid-Autumn Festival');
    expect(holidayNameIn('元旦（补休）', 'en')).toBe("New Year's Day (day in lieu)");
    expect(holidayNameIn('春节（除夕）', 'en')).toBe("Spring Festival (New Year's Eve)");
    expect(holidayNameIn('调休上班', 'en')).toBe('make-up workday');
  });

  it('keeps Chinese as it is, and a name it does not know as written', () => {
    expect(holidayNameIn('国庆节、中秋节', 'zh-CN')).toBe('国庆节、中秋节');
    expect(holidayNameIn('市庆日', 'en')).toBe('市庆日');
  });
});
