/**
 * The trace in plain language, in both languages: each failed test as what would make it pass,
 * each condition as its label with the reasons it failed, each benefit's worth in words. The
 * one wording of these texts: the API, the web and `bole explain` all show them.
 */
import { BENEFIT_PERIOD_LABELS as PER, fieldLabel, type Bilingual, type ConditionOutcome } from '@bole/contracts';
import type { AtomTrace, ConditionTrace, Hint } from '../cel/trace.js';
import { valueText, yuanText, type ValueNames } from './words.js';

const OP: Record<string, Bilingual> = {
  '>=': { zh: '不低于', en: 'at least' },
  '>': { zh: '高于', en: 'more than' },
  '<=': { zh: '不超过', en: 'at most' },
  '<': { zh: '低于', en: 'less than' },
  '==': { zh: '为', en: '' },
  '!=': { zh: '不为', en: 'other than' },
};

const sp = (s: string) => (s ? `${s} ` : '');

/** One hint (why an elementary test failed, what would pass) in both languages. */
export function hintText(h: Hint, names?: ValueNames): Bilingual {
  const s = fieldLabel(h.subject);
  const value = (v: string) => valueText(v, h.subject, names);
  switch (h.kind) {
    case 'compare': {
      const op = OP[h.op] ?? { zh: h.op, en: h.op };
      const need = value(h.need);
      const have = value(h.have);
      return { zh: `${s.zh}需${op.zh}${need.zh}（目前为${have.zh}）`, en: `${s.en} must be ${sp(op.en)}${need.en} (now ${have.en})` };
    }
    case 'missing':
      return { zh: `尚未填写${s.zh}`, en: `${s.en} is not given` };
    case 'onOrAfter':
      return h.subject === 'at'
        ? { zh: `自 ${h.date} 起方可享受`, en: `applies from ${h.date}` }
        : { zh: `${s.zh}需在 ${h.date} 或之后`, en: `${s.en} must be on or after ${h.date}` };
    case 'onOrBefore':
      return h.subject === 'at'
        ? { zh: `仅在 ${h.date} 及之前有效`, en: `applied only until ${h.date}` }
        : { zh: `${s.zh}需不晚于 ${h.date}`, en: `${s.en} must be on or before ${h.date}` };
    case 'oneOf': {
      const vals = h.values.map(value);
      const have = value(h.have);
      return h.negate
        ? {
            zh: `${s.zh}不能为${vals.map((v) => v.zh).join('、')}（目前为${have.zh}）`,
            en: `${s.en} must not be ${vals.map((v) => v.en).join(' or ')} (now ${have.en})`,
          }
        : {
            zh: `${s.zh}需为${vals.map((v) => v.zh).join('、')}之一（目前为${have.zh}）`,
            en: `${s.en} must be one of ${vals.map((v) => v.en).join(', ')} (now ${have.en})`,
          };
    }
    case 'has': {
      const v = value(h.value);
      return h.negate
        ? { zh: `${s.zh}不能包含${v.zh}`, en: `${s.en} must not include ${v.en}` }
        : { zh: `${s.zh}需包含${v.zh}`, en: `${s.en} must include ${v.en}` };
    }
    case 'mustBe':
      return h.value ? { zh: `需满足：${s.zh}`, en: `requires: ${s.en}` } : { zh: `需不满足：${s.zh}`, en: `requires not: ${s.en}` };
    case 'presence':
      return h.present ? { zh: `需填写${s.zh}`, en: `${s.en} must be given` } : { zh: `${s.zh}需为空`, en: `${s.en} must be empty` };
  }
}

/** Why a condition failed: its failed tests' hints, joined with “or” when any one would do. */
export function failedConditionText(c: ConditionTrace, names?: ValueNames): Bilingual | null {
  const hints = c.atoms.filter((a: AtomTrace) => !a.pass && a.hint).map((a) => hintText(a.hint!, names));
  if (hints.length === 0) return null;
  const unique = hints.filter((h, i) => hints.findIndex((x) => x.zh === h.zh) === i);
  const either = c.expr.includes('||') && !c.expr.includes('&&');
  return {
    zh: unique.map((h) => h.zh).join(either ? '；或' : '；'),
    en: unique.map((h) => h.en).join(either ? '; or ' : '; '),
  };
}

/** A condition as a person reads it: its label, whether it holds, and if not, why. */
export function conditionOutcome(c: ConditionTrace, names?: ValueNames): ConditionOutcome {
  return {
    text: c.label ? { zh: c.label.zh, en: c.label.en } : { zh: c.expr, en: c.expr },
    pass: c.pass,
    why: c.pass ? null : failedConditionText(c, names),
    expr: c.expr,
  };
}

/** What a benefit is worth, in words: “每月 1,000 元，共 36 个月，合计 36,000 元”. */
export function benefitText(b: { period: string; amountFen: number; months: number; valueFen: number; benefitKind: string }): Bilingual {
  if (b.amountFen === 0 && b.benefitKind === 'service') return { zh: '服务保障（不发放现金）', en: 'a service right (no cash)' };
  const a = yuanText(b.amountFen);
  const v = yuanText(b.valueFen);
  if (b.period === 'once') return { zh: `${PER.once.zh} ${a.zh}`, en: `${a.en} once` };
  if (b.period === 'month')
    return { zh: `${PER.month.zh} ${a.zh}，共 ${b.months} 个月，合计 ${v.zh}`, en: `${a.en} a month for ${b.months} months, ${v.en} in total` };
  const years = Math.ceil(b.months / 12);
  return { zh: `${PER.year.zh} ${a.zh}，共 ${years} 年，合计 ${v.zh}`, en: `${a.en} a year for ${years} year(s), ${v.en} in total` };
}
