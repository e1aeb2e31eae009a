/**
 * Applications, talent side: the apply-policies the talent qualifies for today, applying (the
 * engine must grant the policy at the application date; required evidence on file is reused),
 * the talent's applications with their timeline, resubmitting after a return, appealing a
 * rejection once. The new-arrival bundle (一件事): application-bundle.ts; reviewer side: review.service.ts.
 */
import { benefitText, conditionOutcome, evaluate, parseProfile, type Evaluation, type PolicyResult, type ValueNames } from '@bole/engine';
import { citySchema, cityValueNames, departmentName } from '../city/city-file.js';
import type {
  AppealBody,
  ApplicablePolicyList,
  Application,
  ApplicationDetail,
  CreateApplicationBody,
  Department,
  EvidenceChoice,
  EvidenceKind,
  ResubmitApplicationBody,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Db, Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { AppError, fail, invalid, notFound, forbidden } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { packInForce, storedProfileInput } from '../policies/calculator.service.js';
import type { ResolvedPack } from '../policies/policy-registry.js';
import { listEvidenceOf } from '../evidence/evidence.service.js';
import { appealStageOf, kindsOf, requirementOf, submitted, type Stage } from './application.rules.js';
import { columnsOf, move, onCalendar, recordChange } from './application.move.js';
import { toApplication, toApplicationDetail } from './application.present.js';
import {
  activeByPolicy,
  attachEvidence,
  findActive,
  findApplication,
  insertApplication,
  listOfTalent,
  lockApplication,
  profileFacts,
  replaceEvidence,
  type ApplicationRow,
} from './application.repository.js';
import type { RequirementSnapshot } from './application.repository.js';

const applicationNotFound = () => notFound({ en: 'The application', zh: '该申请' });

/** The talent id of a talent principal; 403 for any other account. */
export function ownTalentId(principal: Principal): string {
  if (principal.role !== 'talent' || !principal.talentId) throw forbidden({ en: 'Only a talent applies for policies.', zh: '只有人才本人可以申请政策。' });
  return principal.talentId;
}

/** What the engine says about one talent today, with the pack it used. */
export interface TalentEvaluation {
  at: string;
  resolved: ResolvedPack;
  evaluation: Evaluation;
  /** Names of the city's districts and chains, for the conditions' texts. */
  names: ValueNames;
}

/**
 * Evaluates a stored talent at `at` (422 when the profile is incomplete or invalid, or no pack
 * is in force). Reads through `ctx.db`: call it before opening a transaction.
 */
export async function evaluateTalent(ctx: AppContext, talentId: string, at: string): Promise<TalentEvaluation> {
  const input = await storedProfileInput(ctx, talentId);
  const parsed = parseProfile(input, at, citySchema(ctx.city));
  if (!parsed.ok) {
    throw fail('BOLE_PROFILE_INVALID', {}, [...parsed.errors]);
  }
  const resolved = await packInForce(ctx, at);
  return { at, resolved, evaluation: evaluate(resolved.pack, parsed.profile, at), names: cityValueNames(ctx.city) };
}

/** The policy document's review stages (its own department with 10 working days when it names none). */
function stagesOf(doc: { department: Department; review: { department: Department; slaWorkingDays: number }[] }): Stage[] {
  return doc.review.length > 0
    ? doc.review.map((r) => ({ department: r.department, slaWorkingDays: r.slaWorkingDays }))
    : [{ department: doc.department, slaWorkingDays: 10 }];
}

function requirementsOf(doc: { evidence: { kinds: EvidenceKind[] }[] }): RequirementSnapshot[] {
  return doc.evidence.map((e) => requirementOf(e.kinds));
}

/** Why a policy cannot be applied for, or null when it can (the engine grants it and its mode is `apply`). */
export function refusalOf(te: TalentEvaluation, policyId: string): AppError | null {
  const p = te.resolved.pack.policies.find((x) => x.id === policyId);
  if (!p) return notFound({ en: `Policy ${policyId} (in force on ${te.at})`, zh: `${te.at} 生效的政策 ${policyId}` });
  if (p.doc.mode !== 'apply') {
    const how =
      p.doc.mode === 'auto'
        ? { en: 'is granted automatically (免申即享)', zh: '免申即享，无需申请' }
        : { en: 'is a service you are notified of', zh: '为告知类服务，无需申请' };
    return fail('BOLE_NOT_APPLICABLE', { policy: p.doc.title, how }, [{ field: 'policyId', message: `is a ${p.doc.mode} policy` }]);
  }
  const r = te.evaluation.results.find((x) => x.policy === policyId)!;
  if (r.granted) return null;
  if (r.eligible && r.displacedBy) {
    const w = te.resolved.pack.policies.find((x) => x.id === r.displacedBy)?.doc.title ?? { zh: r.displacedBy, en: r.displacedBy };
    const why = {
      en: `you qualify, but under the highest-only rule (就高不重复) you receive “${w.en}” instead; apply for that one`,
      zh: `符合条件，但按“就高不重复”只享受价值更高的「${w.zh}」，请申请该项`,
    };
    return fail('BOLE_NOT_ELIGIBLE', { policy: p.doc.title, at: te.at, why }, [{ field: 'policyId', message: `is displaced by ${r.displacedBy}` }]);
  }
  const failed = r.trace.filter((c) => !c.pass).map((c) => conditionOutcome(c, te.names));
  const why = {
    en: `you do not meet ${failed.length} condition(s): ${failed.map((c) => c.text.en + (c.why ? ` (${c.why.en})` : '')).join('; ')}`,
    zh: `不满足 ${failed.length} 项条件：${failed.map((c) => c.text.zh + (c.why ? `（${c.why.zh}）` : '')).join('；')}`,
  };
  return fail(
    'BOLE_NOT_ELIGIBLE',
    { policy: p.doc.title, at: te.at, why },
    failed.map((c) => ({ field: `conditions.${c.expr}`, message: c.why?.en ?? `not met: ${c.text.en}` })),
  );
}

/** The evidence to attach: the talent's choices, then the newest file on file of each requirement's kind. */
async function chooseEvidence(
  conn: Db | Tx,
  talentId: string,
  requirements: readonly RequirementSnapshot[],
  choices: readonly EvidenceChoice[],
): Promise<{ attach: { requirement: number; evidenceId: string }[]; missing: number[]; reused: number }> {
  const onFile = await listEvidenceOf(conn, talentId);
  const mine = new Set(onFile.map((e) => e.id));
  const errors = choices.flatMap((c, i) => [
    ...(c.requirement >= requirements.length
      ? [{ field: `evidence.${i}.requirement`, message: `must be below ${requirements.length} (the policy asks for ${requirements.length} document(s))` }]
      : []),
    ...(!mine.has(c.evidenceId) ? [{ field: `evidence.${i}.evidenceId`, message: 'is not an evidence file of yours; upload it first' }] : []),
  ]);
  if (errors.length) throw invalid(errors);
  const attach: { requirement: number; evidenceId: string }[] = choices.map((c) => ({ requirement: c.requirement, evidenceId: c.evidenceId }));
  const missing: number[] = [];
  let reused = 0;
  requirements.forEach((r, index) => {
    if (attach.some((a) => a.requirement === index)) return;
    const kinds = kindsOf(r);
    const found = onFile.find((e) => kinds.includes(e.kind));
    if (found) {
      attach.push({ requirement: index, evidenceId: found.id });
      reused++;
    } else missing.push(index);
  });
  return { attach, missing, reused };
}

function evidenceMissing(requirements: readonly RequirementSnapshot[], missing: number[]) {
  const names = missing.map((i) => requirements[i]!);
  return fail(
    'BOLE_EVIDENCE_MISSING',
    { kinds: { en: names.map((n) => n.en).join(', '), zh: names.map((n) => n.zh).join('、') } },
    missing.map((i) => ({ field: `evidence.${i}`, message: `${requirements[i]!.en} is required` })),
  );
}

const openExists = (id: string, status: string) =>
  fail(
    'BOLE_APPLICATION_EXISTS',
    status === 'approved'
      ? { which: { en: 'an approved', zh: '已获批的' }, next: { en: 'there is no need to apply again', zh: '无需重复申请' } }
      : { which: { en: 'an ongoing', zh: '正在办理的' }, next: { en: 'follow that one', zh: '请查看该申请' } },
    [{ field: 'policyId', message: `has application ${id} (${status})` }],
  );

/**
 * Opens one application inside `tx` (the talent's evaluation already done): the snapshot of
 * the policy, the first stage with its SLA deadline, the evidence, the step, audit entry and
 * notifications. 409 when an active one exists, 422 when evidence is missing.
 */
export async function openApplication(
  ctx: AppContext,
  tx: Tx,
  principal: Principal,
  te: TalentEvaluation,
  talent: { id: string; name: string },
  r: PolicyResult,
  choices: readonly EvidenceChoice[],
  ip: string | null,
  via: 'apply' | 'bundle',
): Promise<ApplicationRow> {
  const p = te.resolved.pack.policies.find((x) => x.id === r.policy)!;
  const existing = await findActive(tx, talent.id, p.id);
  if (existing) throw openExists(existing.id, existing.status);
  const requirements = requirementsOf(p.doc);
  const chosen = await chooseEvidence(tx, talent.id, requirements, choices);
  if (chosen.missing.length > 0) throw evidenceMissing(requirements, chosen.missing);
  const stages = stagesOf(p.doc);
  const position = onCalendar(() => submitted(stages, te.at, ctx.calendar.current(), appealStageOf(ctx.city.roles.talentOffice)));
  const now = ctx.clock.now();
  const version = te.resolved.versions.find((v) => v.policyId === p.id)?.version ?? 0;
  const created = await insertApplication(tx, {
    talentId: talent.id,
    talentName: talent.name,
    policyId: p.id,
    policyVersion: version,
    titleZh: p.doc.title.zh,
    titleEn: p.doc.title.en,
    stages,
    ...columnsOf(position, { escalatedAt: null }),
    applyDate: te.at,
    tier: te.evaluation.tier,
    amountFen: r.amountFen,
    period: r.period,
    months: r.months,
    valueFen: r.valueFen,
    requirements,
    conditions: r.trace.map((c) => conditionOutcome(c, te.names)),
    submittedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  if (!created) {
    const other = await findActive(tx, talent.id, p.id);
    throw openExists(other?.id ?? '', other?.status ?? 'in_review');
  }
  await attachEvidence(tx, created.id, chosen.attach, now);
  await recordChange(ctx, tx, null, created, 'submit', principal, {
    detail: { policyVersion: version, valueFen: r.valueFen, evidence: chosen.attach.length, reusedEvidence: chosen.reused, via },
    ip,
    notifyHolder: true,
  });
  return created;
}

/** The talent's name (for the snapshot). */
export async function talentOf(ctx: AppContext, conn: Db | Tx, talentId: string): Promise<{ id: string; name: string }> {
  const f = await profileFacts(conn, talentId);
  if (!f) throw notFound({ en: 'Your talent profile', zh: '您的人才档案' });
  return { id: talentId, name: f.name };
}

/**
 * POST /api/v1/applications: the engine must grant the policy today (422 BOLE_NOT_ELIGIBLE
 * naming the failed conditions), evidence is attached (reused from what is on file), and the
 * application goes to the first review stage. 409 when one is already open or approved.
 */
export async function applyForPolicy(ctx: AppContext, principal: Principal, body: CreateApplicationBody, ip: string | null = null): Promise<ApplicationDetail> {
  const talentId = ownTalentId(principal);
  const today = businessDate(ctx.clock.now());
  const te = await evaluateTalent(ctx, talentId, today);
  const refusal = refusalOf(te, body.policyId);
  if (refusal) throw refusal;
  const result = te.evaluation.results.find((x) => x.policy === body.policyId)!;
  const row = await ctx.db.transaction(async (tx) => {
    const talent = await talentOf(ctx, tx, talentId);
    return openApplication(ctx, tx, principal, te, talent, result, body.evidence ?? [], ip, 'apply');
  });
  return toApplicationDetail(ctx.db, row, today, ctx.calendar.current(), { staff: false, city: ctx.city });
}

/** GET /api/v1/applications/applicable: apply-policies the engine grants the talent today, with their requirements. */
export async function applicablePolicies(ctx: AppContext, principal: Principal): Promise<ApplicablePolicyList> {
  const talentId = ownTalentId(principal);
  const today = businessDate(ctx.clock.now());
  const te = await evaluateTalent(ctx, talentId, today);
  const active = await activeByPolicy(ctx.db, talentId);
  const items = te.evaluation.results
    .filter((r) => r.granted)
    .flatMap((r) => {
      const p = te.resolved.pack.policies.find((x) => x.id === r.policy)!;
      if (p.doc.mode !== 'apply') return [];
      return [
        {
          policyId: p.id,
          title: p.doc.title,
          department: p.doc.department,
          summary: benefitText({ period: r.period, amountFen: r.amountFen, months: r.months, valueFen: r.valueFen, benefitKind: p.doc.benefit.kind }),
          valueFen: r.valueFen,
          requirements: requirementsOf(p.doc).map((q, index) => ({
            index,
            label: { zh: q.zh, en: q.en },
            kind: q.kind as EvidenceKind | null,
            kinds: kindsOf(q) as EvidenceKind[],
            evidence: [],
          })),
          stages: stagesOf(p.doc).map((s) => ({ ...s, departmentName: departmentName(ctx.city, s.department), appeal: false })),
          existingApplicationId: active.get(p.id) ?? null,
        },
      ];
    })
    .sort((a, b) => b.valueFen - a.valueFen);
  return { at: today, items };
}

/** GET /api/v1/applications/mine: the talent's applications, newest first. */
export async function myApplications(ctx: AppContext, principal: Principal): Promise<Application[]> {
  return applicationsOfTalent(ctx, ownTalentId(principal));
}

/** A talent's applications, newest first (the caller has checked the reader may see them). */
export async function applicationsOfTalent(ctx: AppContext, talentId: string): Promise<Application[]> {
  const today = businessDate(ctx.clock.now());
  const cal = ctx.calendar.current();
  return (await listOfTalent(ctx.db, talentId)).map((r) => toApplication(r, today, cal, ctx.city));
}

/** GET /api/v1/applications/:id: the talent's own (404 for anyone else's). */
export async function getMyApplication(ctx: AppContext, principal: Principal, id: string): Promise<ApplicationDetail> {
  const talentId = ownTalentId(principal);
  const row = await findApplication(ctx.db, id);
  if (!row || row.talentId !== talentId) throw applicationNotFound();
  return toApplicationDetail(ctx.db, row, businessDate(ctx.clock.now()), ctx.calendar.current(), { staff: false, city: ctx.city });
}

async function lockOwn(tx: Tx, principal: Principal, id: string): Promise<ApplicationRow> {
  const row = await lockApplication(tx, id);
  if (!row || row.talentId !== ownTalentId(principal)) throw applicationNotFound();
  return row;
}

/**
 * POST /api/v1/applications/:id/resubmit: after a return, with new evidence choices; back to
 * the same stage, whose deadline moves by the working days it was paused.
 */
export async function resubmitApplication(
  ctx: AppContext,
  principal: Principal,
  id: string,
  body: ResubmitApplicationBody,
  ip: string | null = null,
): Promise<ApplicationDetail> {
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockOwn(tx, principal, id);
    if (row.status !== 'returned') return (await move(ctx, tx, row, 'resubmit', principal, { today })).row; // 409 from the rules
    const choices = body.evidence ?? [];
    if (choices.length > 0) {
      const chosen = await chooseEvidence(tx, row.talentId, row.requirements, choices);
      await replaceEvidence(
        tx,
        row.id,
        chosen.attach.filter((a) => choices.some((c) => c.requirement === a.requirement)),
        ctx.clock.now(),
      );
    }
    const moved = await move(ctx, tx, row, 'resubmit', principal, {
      today,
      ip,
      detail: { newEvidence: choices.length, ...(body.comment ? { comment: body.comment } : {}) },
    });
    return moved.row;
  });
  return toApplicationDetail(ctx.db, row, today, ctx.calendar.current(), { staff: false, city: ctx.city });
}

/** POST /api/v1/applications/:id/appeal: a rejected application, once, to the talent office (人才办). */
export async function appealApplication(
  ctx: AppContext,
  principal: Principal,
  id: string,
  body: AppealBody,
  ip: string | null = null,
): Promise<ApplicationDetail> {
  const today = businessDate(ctx.clock.now());
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockOwn(tx, principal, id);
    if (row.status === 'rejected') {
      const other = await findActive(tx, row.talentId, row.policyId);
      if (other) throw openExists(other.id, other.status);
    }
    return (await move(ctx, tx, row, 'appeal', principal, { today, reason: body.reason, ip })).row;
  });
  return toApplicationDetail(ctx.db, row, today, ctx.calendar.current(), { staff: false, city: ctx.city });
}
