/**
 * Readable explanations of an evaluation in zh-CN or English: the tier, what is granted and
 * worth how much, what was displaced by 就高不重复, and for each unmet condition what would pass.
 */
import type { Evaluation, PolicyResult } from '../evaluate.js';
import type { ConditionTrace, Hint } from '../cel/trace.js';
import { formatYuan } from '../cel/values.js';
import { fieldName, opText, type Lang } from './labels.js';

/** Options of `explain`. */
export interface ExplainOptions {
  /** Explain only this policy, with every condition. */
  readonly policy?: string;
}

/** One unmet condition's reason and what would pass, as text. */
export function hintText(h: Hint, lang: Lang): string {
  const s = fieldName(h.subject, lang);
  const zh = lang === 'zh';
  switch (h.kind) {
    case 'compare':
      return zh ? `${s}需${opText(h.op, lang)} ${h.need}，当前为 ${h.have}` : `${s} needs ${opText(h.op, lang)} ${h.need}, you have ${h.have}`;
    case 'missing':
      return zh ? `缺少${s}` : `${s} is missing`;
    case 'onOrAfter':
      return zh ? `${s}须在 ${h.date} 当天或之后` : `${s} must be on or after ${h.date}`;
    case 'onOrBefore':
      return zh ? `${s}须在 ${h.date} 当天或之前` : `${s} must be on or before ${h.date}`;
    case 'oneOf': {
      const have = h.have === 'null' ? (zh ? '无' : 'none') : h.have;
      return zh
        ? `${s}${h.negate ? '不能为' : '须为'} ${h.values.join('、')}${h.negate ? '' : ' 之一'}（当前为 ${have}）`
        : `${s} must ${h.negate ? 'not ' : ''}be one of ${h.values.join(', ')} (you have ${have})`;
    }
    case 'has':
      return zh ? `${s}${h.negate ? '不得' : '须'}包含 ${h.value}` : `${s} must ${h.negate ? 'not ' : ''}include ${h.value}`;
    case 'mustBe':
      return zh ? `须${h.value ? '' : '不'}满足“${s}”` : `${s} must be ${h.value}`;
    case 'presence':
      return zh ? `${s}须${h.present ? '已填写' : '为空'}` : `${s} must be ${h.present ? 'present' : 'absent'}`;
  }
}

/** The value of a result in words, e.g. "每月 600 元，期限 36 个月，合计 21,600 元". */
export function amountText(r: PolicyResult, lang: Lang): string {
  const zh = lang === 'zh';
  if (r.amountFen === 0) return zh ? '服务事项（无现金）' : 'a service (no cash)';
  const a = formatYuan(r.amountFen);
  const v = formatYuan(r.valueFen);
  if (r.period === 'once') return zh ? `一次性 ${a} 元` : `CNY ${a} once`;
  const unit = r.period === 'month' ? (zh ? '每月' : 'a month') : zh ? '每年' : 'a year';
  return zh ? `${unit} ${a} 元，期限 ${r.months} 个月，合计 ${v} 元` : `CNY ${a} ${unit} for up to ${r.months} months, CNY ${v} in total`;
}

function conditionLine(c: ConditionTrace, lang: Lang): string {
  const title = c.label ? c.label[lang] : c.expr;
  let why = '';
  if (!c.pass) {
    let sep: string | null = null;
    for (const a of c.atoms) {
      if (!a.hint) continue;
      if (sep === null) {
        const alternatives = c.expr.includes('||');
        sep = lang === 'zh' ? (alternatives ? '；或 ' : '；') : alternatives ? '; or ' : '; ';
        why = ` — ${hintText(a.hint, lang)}`;
      } else why += sep + hintText(a.hint, lang);
    }
  }
  return `    ${c.pass ? '✔' : '✘'} ${title}${why}`;
}

function pushConditions(out: string[], r: PolicyResult, lang: Lang, all: boolean): void {
  for (const c of r.trace) if (all || !c.pass) out.push(conditionLine(c, lang));
}

function titleOf(ev: Evaluation, id: string | null, lang: Lang): string | null {
  if (id === null) return null;
  for (const r of ev.results) if (r.policy === id) return r.title[lang];
  return id;
}

function policyBlock(out: string[], ev: Evaluation, r: PolicyResult, lang: Lang, detailed: boolean): void {
  const zh = lang === 'zh';
  const name = `${r.title[lang]} (${r.policy})`;
  if (r.granted) {
    out.push(`✔ ${name}${zh ? '：' : ': '}${amountText(r, lang)}`);
    if (detailed) pushConditions(out, r, lang, true);
    return;
  }
  if (r.eligible) {
    const by = titleOf(ev, r.displacedBy, lang);
    out.push(
      zh
        ? `◐ ${name}：符合条件（${amountText(r, lang)}），但按“就高不重复”由 ${by} 替代`
        : `◐ ${name}: eligible (${amountText(r, lang)}) but displaced by ${by} (highest value only, no double benefits)`,
    );
    if (detailed) pushConditions(out, r, lang, true);
    return;
  }
  out.push(`✘ ${name}${zh ? '：不符合' : ': not eligible'}`);
  pushConditions(out, r, lang, detailed);
}

function tierLine(ev: Evaluation, lang: Lang): string {
  const hit = ev.classification.trace.find((c) => c.pass);
  if (ev.tier === null) return lang === 'zh' ? '人才层次：未达到 A–E 类认定条件' : 'Tier: none (no classification rule holds)';
  const label = hit?.label ? hit.label[lang] : '';
  return lang === 'zh' ? `人才层次：${ev.tier} 类${label ? `（${label}）` : ''}` : `Tier: ${ev.tier}${label ? ` (${label})` : ''}`;
}

/** Explains an evaluation (made with trace) in `lang` (zh-CN by default). */
export function explain(ev: Evaluation, lang: Lang = 'zh', options: ExplainOptions = {}): string {
  const zh = lang === 'zh';
  const out: string[] = [zh ? `人才 ${ev.id}，评估日期 ${ev.at}，年龄 ${ev.age} 岁` : `Talent ${ev.id}, evaluated on ${ev.at}, age ${ev.age}`, tierLine(ev, lang), ''];
  const detailed = options.policy !== undefined;
  if (options.policy) {
    const selected = ev.results.filter((r) => r.policy === options.policy);
    if (selected.length === 0) throw new RangeError(`unknown policy ${options.policy}`);
    for (const pass of [0, 1, 2]) for (const r of selected) if (order(r) === pass) policyBlock(out, ev, r, lang, detailed);
  } else {
    // Stable order: granted, then eligible but displaced, then not eligible.
    for (const r of ev.results) if (r.granted) policyBlock(out, ev, r, lang, detailed);
    for (const r of ev.results) if (!r.granted && r.eligible) policyBlock(out, ev, r, lang, detailed);
    for (const r of ev.results) if (!r.granted && !r.eligible) policyBlock(out, ev, r, lang, detailed);
    let count = 0;
    let total = 0;
    for (const r of ev.results) {
      if (!r.granted) continue;
      count++;
      total += r.valueFen;
    }
    out.push('', zh ? `合计：可享受 ${count} 项，总价值 ${formatYuan(total)} 元` : `Total: ${count} benefits worth CNY ${formatYuan(total)}`);
  }
  return out.join('\n');
}

function order(r: PolicyResult): number {
  return r.granted ? 0 : r.eligible ? 1 : 2;
}
