/**
 * Readable explanations of an evaluation in zh-CN or English: the tier, what is granted and
 * worth how much, what was displaced by 就高不重复, and for each unmet condition what would pass.
 */
import type { Evaluation, PolicyResult } from '../evaluate.js';
import type { ConditionTrace } from '../cel/trace.js';
import { formatYuan } from '../cel/values.js';
import { benefitText, failedConditionText } from './hints.js';
import type { ValueNames } from './words.js';
import type { Lang } from './words.js';

/** Options of `explain`. */
export interface ExplainOptions {
  /** Explain only this policy, with every condition. */
  readonly policy?: string;
  /** Names of the city's own values (districts, chains), when the caller has the city's data. */
  readonly names?: ValueNames;
}

/** The value of a result in words, e.g. "每月 600 元，共 36 个月，合计 21,600 元". */
export function amountText(r: PolicyResult, lang: Lang): string {
  return benefitText({ ...r, benefitKind: r.kind })[lang];
}

function conditionLine(c: ConditionTrace, lang: Lang, names?: ValueNames): string {
  const title = c.label ? c.label[lang] : c.expr;
  const why = c.pass ? null : failedConditionText(c, names);
  return `    ${c.pass ? '✔' : '✘'} ${title}${why ? ` — ${why[lang]}` : ''}`;
}

function pushConditions(out: string[], r: PolicyResult, lang: Lang, all: boolean, names?: ValueNames): void {
  for (const c of r.trace) if (all || !c.pass) out.push(conditionLine(c, lang, names));
}

function titleOf(ev: Evaluation, id: string | null, lang: Lang): string | null {
  if (id === null) return null;
  for (const r of ev.results) if (r.policy === id) return r.title[lang];
  return id;
}

function policyBlock(out: string[], ev: Evaluation, r: PolicyResult, lang: Lang, detailed: boolean, names?: ValueNames): void {
  const zh = lang === 'zh';
  const name = `${r.title[lang]} (${r.policy})`;
  if (r.granted) {
    out.push(`✔ ${name}${zh ? '：' : ': '}${amountText(r, lang)}`);
    if (detailed) pushConditions(out, r, lang, true, names);
    return;
  }
  if (r.eligible) {
    const by = titleOf(ev, r.displacedBy, lang);
    out.push(
      zh
        ? `◐ ${name}：符合条件（${amountText(r, lang)}），但按“就高不重复”由 ${by} 替代`
        : `◐ ${name}: eligible (${amountText(r, lang)}) but displaced by ${by} (highest value only, no double benefits)`,
    );
    if (detailed) pushConditions(out, r, lang, true, names);
    return;
  }
  out.push(`✘ ${name}${zh ? '：不符合' : ': not eligible'}`);
  pushConditions(out, r, lang, detailed, names);
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
  const out: string[] = [
    zh ? `人才 ${ev.id}，评估日期 ${ev.at}，年龄 ${ev.age} 岁` : `Talent ${ev.id}, evaluated on ${ev.at}, age ${ev.age}`,
    tierLine(ev, lang),
    '',
  ];
  const detailed = options.policy !== undefined;
  if (options.policy) {
    const selected = ev.results.filter((r) => r.policy === options.policy);
    if (selected.length === 0) throw new RangeError(`unknown policy ${options.policy}`);
    for (const pass of [0, 1, 2]) for (const r of selected) if (order(r) === pass) policyBlock(out, ev, r, lang, detailed, options.names);
  } else {
    // Stable order: granted, then eligible but displaced, then not eligible.
    for (const r of ev.results) if (r.granted) policyBlock(out, ev, r, lang, detailed, options.names);
    for (const r of ev.results) if (!r.granted && r.eligible) policyBlock(out, ev, r, lang, detailed, options.names);
    for (const r of ev.results) if (!r.granted && !r.eligible) policyBlock(out, ev, r, lang, detailed, options.names);
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
