import { describe, expect, it } from 'vitest';
import { benefitText, conditionOutcome, hintText } from '../src/index.js';

describe('plain-language explanations', () => {
  it('says what would pass, translating fields and enum values', () => {
    expect(hintText({ kind: 'compare', subject: 'highestDegree', op: '>=', need: 'bachelor', have: 'associate' })).toEqual({
      zh: '最高学历需不低于本科（目前为大专）',
      en: 'highest degree must be at least bachelor (now associate degree)',
    });
    expect(hintText({ kind: 'missing', subject: 'firstHomePurchaseDate' }).zh).toBe('尚未填写首套房购买日期');
    expect(hintText({ kind: 'oneOf', subject: 'tier', values: ['A', 'B'], have: 'E', negate: false }).zh).toBe('人才层次需为A 类、B 类之一（目前为E 类）');
    expect(hintText({ kind: 'onOrAfter', subject: 'arrivalDate', date: '2025-11-26' }).en).toBe('date of arrival in the city must be on or after 2025-11-26');
  });

  it('uses a condition’s label and joins alternatives with “or”', () => {
    const c = conditionOutcome({
      expr: 'a || b',
      label: { zh: '学历或层次', en: 'degree or tier' },
      pass: false,
      atoms: [
        { expr: 'a', pass: false, seen: {}, hint: { kind: 'mustBe', subject: 'isPostdoc', value: true } },
        { expr: 'b', pass: false, seen: {}, hint: { kind: 'mustBe', subject: 'dualAppointment', value: true } },
      ],
    });
    expect(c.text.zh).toBe('学历或层次');
    expect(c.why!.zh).toBe('需满足：在站博士后；或需满足：双聘');
    expect(c.why!.en).toBe('requires: is a postdoc; or requires: dual appointment');
  });

  it('describes amounts by period', () => {
    expect(benefitText({ period: 'month', amountFen: 100_000, months: 36, valueFen: 3_600_000, benefitKind: 'cash' }).zh).toBe(
      '每月 1,000 元，共 36 个月，合计 36,000 元',
    );
    expect(benefitText({ period: 'year', amountFen: 300_000, months: 12, valueFen: 300_000, benefitKind: 'in_kind' }).en).toBe(
      '¥3,000 a year for 1 year(s), ¥3,000 in total',
    );
    expect(benefitText({ period: 'once', amountFen: 0, months: 1, valueFen: 0, benefitKind: 'service' }).zh).toBe('服务保障（不发放现金）');
  });
});
