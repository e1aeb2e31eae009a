/**
 * "What can I get": evaluates a talent's stored record (or, for an officer, any profile) with
 * the pack in force at the date, and explains every decision in both languages.
 */
import { benefitText, conditionOutcome, evaluate, parseProfile, type Evaluation, type Pack, type ValueNames } from '@bole/engine';
import { citySchema, cityValueNames } from '../city/city-file.js';
import { FIELD_LABELS, TIER_NAMES, type Bilingual as Bi, type BenefitOutcome, type CalculatorBody, type CalculatorResult, type Tier } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, forbidden } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { policyRegistryOf, type ResolvedPack } from './policy-registry.js';
import { missingRequired, profileInputOf } from './profile-input.js';
import { findProfileRow } from './profile-source.repository.js';
import { readConfirmedInputs, withConfirmedView } from './calculator-confirmed.js';

/** The profile input of a stored talent (404 when absent, 422 when incomplete). */
export async function storedProfileInput(ctx: AppContext, talentId: string): Promise<Record<string, unknown>> {
  const row = await findProfileRow(ctx.db, talentId);
  if (!row) throw notFound({ en: `Talent ${talentId}`, zh: '该人才' });
  const missing = missingRequired(row);
  if (missing.length > 0) {
    throw fail(
      'BOLE_PROFILE_INCOMPLETE',
      { missing: { en: missing.map((m) => FIELD_LABELS[m].en).join(', '), zh: missing.map((m) => FIELD_LABELS[m].zh).join('、') } },
      missing.map((field) => ({ field, message: 'is required to calculate benefits' })),
    );
  }
  return profileInputOf(row, row.idNumberEnc ? ctx.cipher.decrypt(row.idNumberEnc) : null);
}

/** The pack in force at `at`, or 422 when nothing is. */
export async function packInForce(ctx: AppContext, at: string): Promise<ResolvedPack> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  if (!resolved) {
    throw fail('BOLE_POLICY_NONE_IN_FORCE', { at }, [{ field: 'at', message: 'no policy is in force on this date' }]);
  }
  return resolved;
}

async function subjectOf(ctx: AppContext, principal: Principal, body: CalculatorBody) {
  if (principal.role === 'talent') {
    if (body.profile !== undefined || (body.talentId !== undefined && body.talentId !== principal.talentId)) {
      throw forbidden({
        en: 'A talent calculates with their own record; leave out profile and talentId.',
        zh: '人才只能按本人档案计算，请不要提交 profile 或 talentId。',
      });
    }
    if (!principal.talentId) throw notFound({ en: 'Your talent profile', zh: '您的人才档案' });
    return { kind: 'self' as const, id: principal.talentId, input: await storedProfileInput(ctx, principal.talentId), stored: true };
  }
  if ((body.profile === undefined) === (body.talentId === undefined)) {
    throw invalid([{ field: 'profile', message: 'send either a profile or a talentId' }]);
  }
  if (body.talentId !== undefined) {
    return { kind: 'talent' as const, id: body.talentId, input: await storedProfileInput(ctx, body.talentId), stored: true };
  }
  const id = body.profile!['id'];
  return { kind: 'profile' as const, id: typeof id === 'string' || typeof id === 'number' ? String(id) : '', input: body.profile!, stored: false };
}

/**
 * Starts a read whose answer (or failure) is only wanted later, if at all: a failure is kept for
 * whoever awaits it and never reported as unhandled when nobody does.
 */
function readAhead<T>(read: () => Promise<T>): Promise<T> {
  const p = read();
  p.catch(() => undefined);
  return p;
}

/**
 * POST /api/v1/calculator. The reads a request needs — the subject's row, the pack's freshness
 * check and, for a stored talent, the confirmed view's facts — are sent together (the database
 * answers them in one round trip's wait instead of one after another); errors are still reported
 * in the order of the steps: the subject, its profile, the pack in force.
 */
export async function calculate(ctx: AppContext, principal: Principal, body: CalculatorBody): Promise<CalculatorResult> {
  const at = body.at ?? businessDate(ctx.clock.now());
  const storedId = principal.role === 'talent' ? principal.talentId : body.profile === undefined ? body.talentId : undefined;
  const pack = readAhead(() => packInForce(ctx, at));
  const confirmedInputs = storedId ? readAhead(() => readConfirmedInputs(ctx, storedId, at)) : null;
  const subject = await subjectOf(ctx, principal, body);
  const parsed = parseProfile(subject.input, at, citySchema(ctx.city));
  if (!parsed.ok) {
    if (subject.stored) {
      throw fail('BOLE_PROFILE_INVALID', {}, [...parsed.errors]);
    }
    throw invalid(parsed.errors.map((e) => ({ field: `profile.${e.field}`, message: e.message })));
  }
  const resolved = await pack;
  const ev = evaluate(resolved.pack, parsed.profile, at);
  const result = present(ev, resolved, { kind: subject.kind, id: subject.id }, cityValueNames(ctx.city));
  if (!subject.stored) return result;
  return withConfirmedView(ctx, await (confirmedInputs ?? readConfirmedInputs(ctx, subject.id, at)), resolved, result);
}

/** Shapes an evaluation for the calculator. */
export function present(ev: Evaluation, resolved: ResolvedPack, subject: CalculatorResult['subject'], names?: ValueNames): CalculatorResult {
  const versionOf = new Map(resolved.versions.map((v) => [v.policyId, v.version]));
  const titles = new Map(resolved.pack.policies.map((p) => [p.id, p.doc.title]));
  const outcomes = ev.results.map((r): BenefitOutcome => {
    const p = resolved.pack.policies.find((x) => x.id === r.policy)!;
    const b = { period: r.period, amountFen: r.amountFen, months: r.months, valueFen: r.valueFen, benefitKind: p.doc.benefit.kind };
    return {
      policy: r.policy,
      version: versionOf.get(r.policy) ?? 0,
      title: p.doc.title,
      pillar: p.doc.pillar,
      mode: p.doc.mode,
      benefitKind: p.doc.benefit.kind,
      payee: p.doc.benefit.payee,
      amountFen: r.amountFen,
      period: r.period,
      months: r.months,
      valueFen: r.valueFen,
      displacedBy: r.displacedBy,
      summary: summaryOf(r, b, titles, p.doc.benefit.note),
      conditions: r.trace.map((c) => conditionOutcome(c, names)),
    };
  });
  const granted = outcomes.filter((o, i) => ev.results[i]!.granted).sort((a, b) => b.valueFen - a.valueFen);
  const tier = (ev.tier ?? null) as Tier | null;
  return {
    at: ev.at,
    subject,
    age: ev.age,
    tier,
    tierLabel: tier ? TIER_NAMES[tier] : null,
    granted,
    displaced: outcomes.filter((o, i) => ev.results[i]!.eligible && !ev.results[i]!.granted),
    notMet: outcomes.filter((o, i) => !ev.results[i]!.eligible),
    totalValueFen: granted.filter((o) => o.payee === 'talent').reduce((s, o) => s + o.valueFen, 0),
    versions: resolved.versions.map((v) => `${v.policyId}@${v.version}`),
    confirmed: null,
  };
}

function summaryOf(
  r: Evaluation['results'][number],
  b: Parameters<typeof benefitText>[0],
  titles: ReadonlyMap<string, Pack['policies'][number]['doc']['title']>,
  note: Bi | undefined,
): Bi {
  if (r.granted) {
    const t = benefitText(b);
    return note ? { zh: `${t.zh}（${note.zh}）`, en: `${t.en} (${note.en})` } : t;
  }
  if (r.eligible && r.displacedBy) {
    const w = titles.get(r.displacedBy) ?? { zh: r.displacedBy, en: r.displacedBy };
    const t = benefitText(b);
    return {
      zh: `符合条件（${t.zh}），但按“就高不重复”只享受价值更高的「${w.zh}」`,
      en: `Eligible (${t.en}), but under the highest-only rule (就高不重复) you receive the higher “${w.en}” instead`,
    };
  }
  const failed = r.trace.filter((c) => !c.pass).length;
  return { zh: `有 ${failed} 项条件未满足`, en: `${failed} condition(s) not met` };
}
