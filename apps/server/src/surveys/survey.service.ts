/**
 * Demand surveys (需求摸排): the office opens a survey of chosen chains (every approved employer of
 * them is surveyed and notified), reminds those who have not answered, and follows completion by
 * chain and district; an approved employer answers with its demand records until the deadline.
 */
import { businessDate, type DemandRecord, type MySurvey, type Survey, type SurveyAnswerBody, type SurveyCompletion, type SurveyInput } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, type FieldError } from '../http/errors.js';
import { assertCityCodes } from '../city/city-file.js';
import { notify } from '../notifications/notification.service.js';
import { actingEmployerId, assertEmployerApproved } from '../employers/employer-approval.service.js';
import {
  completionBy,
  findRecipient,
  findSurvey,
  insertRecipients,
  insertSurvey,
  listApprovedEmployersOfChains,
  listRecords,
  listSurveyCounts,
  listSurveysOfEmployer,
  listUnanswered,
  markClosed,
  markReminded,
  replaceAnswer,
  type DemandRecordView,
  type SurveyCounts,
  type SurveyRow,
} from './survey.repository.js';

const surveyNotFound = () => notFound({ en: 'The survey', zh: '该需求摸排' });

function toSurvey(s: SurveyCounts): Survey {
  return {
    id: s.id,
    title: s.title,
    period: s.period,
    chains: s.chains,
    deadline: s.deadline,
    createdAt: s.createdAt.toISOString(),
    lastRemindedAt: s.lastRemindedAt?.toISOString() ?? null,
    closedAt: s.closedAt?.toISOString() ?? null,
    surveyed: s.surveyed,
    answered: s.answered,
  };
}

/** A stored record as the API shows it. */
export function toDemandRecord(r: DemandRecordView): DemandRecord {
  return {
    id: r.id,
    surveyId: r.surveyId,
    employerId: r.employerId,
    employerName: r.employerName,
    chain: r.chain,
    subField: r.subField,
    title: r.title,
    headcount: r.headcount,
    minDegree: r.minDegree,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    district: r.district,
    engagementMode: r.engagementMode,
    source: r.source,
  };
}

/** 409 once the office closed the survey (`BOLE_SURVEY_CLOSED` names the day it closed). */
export function assertNotClosedByOffice(s: SurveyRow): void {
  if (s.closedAt) throw fail('BOLE_SURVEY_CLOSED', { survey: s.title, deadline: businessDate(s.closedAt) });
}

/** 409 once the office closed the survey or its deadline has passed (answers are taken until the end of the deadline day). */
export function assertOpen(ctx: AppContext, s: SurveyRow): void {
  assertNotClosedByOffice(s);
  if (businessDate(ctx.clock.now()) > s.deadline) throw fail('BOLE_SURVEY_CLOSED', { survey: s.title, deadline: s.deadline });
}

/** 422 naming `field` when the survey was not sent to the employer; its chain otherwise. */
export async function surveyedChain(tx: Tx, s: SurveyRow, employerId: string, field: string): Promise<string> {
  const recipient = await findRecipient(tx, s.id, employerId);
  if (!recipient) throw fail('BOLE_NOT_SURVEYED', { survey: s.title, chains: s.chains.join(', ') }, [{ field, message: 'this employer was not surveyed' }]);
  return recipient.chain;
}

/** The districts of records that are not the city's, each named by `prefix(i)`. */
export function districtErrors(ctx: AppContext, districts: readonly string[], prefix: (i: number) => string): FieldError[] {
  const known = ctx.city.vocabulary.district;
  return districts.flatMap((d, i) => (known.includes(d) ? [] : [{ field: `${prefix(i)}district`, message: `is not a district of ${ctx.city.name.en}` }]));
}

/** POST /surveys: opens the survey, sends it to every approved employer of its chains and tells them. */
export async function openSurvey(ctx: AppContext, principal: Principal, input: SurveyInput): Promise<Survey> {
  for (const chain of input.chains) assertCityCodes(ctx.city, { chain });
  if (input.deadline < businessDate(ctx.clock.now())) throw invalid([{ field: 'deadline', message: 'must not be in the past' }]);
  const chains = [...new Set(input.chains)];
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const id = await insertSurvey(tx, { ...input, chains, createdBy: principal.userId, createdAt: now });
    const recipients = await listApprovedEmployersOfChains(tx, chains);
    await insertRecipients(
      tx,
      recipients.map((r) => ({ surveyId: id, ...r })),
    );
    await notify(
      ctx,
      tx,
      recipients.map((r) => ({ employerId: r.employerId })),
      { kind: 'survey.sent', payload: { surveyId: id, title: input.title, deadline: input.deadline } },
    );
    await ctx.audit.record(tx, principal, {
      action: 'survey.open',
      entity: 'demand_survey',
      entityId: id,
      detail: { chains, deadline: input.deadline, surveyed: recipients.length },
    });
    return toSurvey((await listSurveyCounts(tx, id))[0]!);
  });
}

/** GET /surveys: every survey with its completion counts. */
export async function listSurveys(ctx: AppContext): Promise<{ items: Survey[] }> {
  return { items: (await listSurveyCounts(ctx.db)).map(toSurvey) };
}

/** GET /surveys/:id/completion: by chain and district, and the employers still to answer. */
export async function surveyCompletion(ctx: AppContext, id: string): Promise<SurveyCompletion> {
  const [s] = await listSurveyCounts(ctx.db, id);
  if (!s) throw surveyNotFound();
  return {
    survey: toSurvey(s),
    byChain: await completionBy(ctx.db, id, 'chain'),
    byDistrict: await completionBy(ctx.db, id, 'district'),
    unanswered: await listUnanswered(ctx.db, id),
  };
}

/** GET /surveys/:id/records: every demand record of the survey. */
export async function surveyRecords(ctx: AppContext, id: string): Promise<{ items: DemandRecord[] }> {
  if (!(await findSurvey(ctx.db, id))) throw surveyNotFound();
  return { items: (await listRecords(ctx.db, id)).map(toDemandRecord) };
}

/** POST /surveys/:id/reminders: notifies every employer that has not answered (409 once closed). */
export async function remindSurvey(ctx: AppContext, principal: Principal, id: string): Promise<{ reminded: number }> {
  return ctx.db.transaction(async (tx) => {
    const s = await findSurvey(tx, id);
    if (!s) throw surveyNotFound();
    assertOpen(ctx, s);
    const pending = await listUnanswered(tx, id);
    await notify(
      ctx,
      tx,
      pending.map((p) => ({ employerId: p.employerId })),
      { kind: 'survey.reminder', payload: { surveyId: id, title: s.title, deadline: s.deadline } },
    );
    await markReminded(tx, id, ctx.clock.now());
    await ctx.audit.record(tx, principal, { action: 'survey.remind', entity: 'demand_survey', entityId: id, detail: { reminded: pending.length } });
    return { reminded: pending.length };
  });
}

/** POST /surveys/:id/closure: the office closes an open survey before its deadline (409 once closed); later answers are refused. */
export async function closeSurvey(ctx: AppContext, principal: Principal, id: string): Promise<Survey> {
  return ctx.db.transaction(async (tx) => {
    const s = await findSurvey(tx, id);
    if (!s) throw surveyNotFound();
    assertOpen(ctx, s);
    const at = ctx.clock.now();
    await markClosed(tx, id, at, principal.userId);
    await ctx.audit.record(tx, principal, { action: 'survey.close', entity: 'demand_survey', entityId: id, detail: { deadline: s.deadline } });
    return toSurvey((await listSurveyCounts(tx, id))[0]!);
  });
}

/** GET /surveys/mine: the surveys sent to the employer, with its answers. */
export async function mySurveys(ctx: AppContext, principal: Principal): Promise<{ items: MySurvey[] }> {
  const employerId = actingEmployerId(principal);
  const rows = await listSurveysOfEmployer(ctx.db, employerId);
  const items: MySurvey[] = [];
  for (const r of rows) {
    items.push({
      id: r.s.id,
      title: r.s.title,
      period: r.s.period,
      deadline: r.s.deadline,
      closedAt: r.s.closedAt?.toISOString() ?? null,
      answeredAt: r.answeredAt?.toISOString() ?? null,
      source: r.source,
      records: (await listRecords(ctx.db, r.s.id, employerId)).map(toDemandRecord),
    });
  }
  return { items };
}

/** PUT /surveys/:id/answer: the approved employer's whole answer replaces its earlier one. */
export async function answerSurvey(ctx: AppContext, principal: Principal, id: string, body: SurveyAnswerBody): Promise<MySurvey> {
  const employerId = await assertEmployerApproved(ctx, principal, 'answer_surveys');
  const bad = districtErrors(
    ctx,
    body.records.map((r) => r.district),
    (i) => `records.${i}.`,
  );
  if (bad.length) throw invalid(bad);
  await ctx.db.transaction(async (tx) => {
    const s = await findSurvey(tx, id);
    if (!s) throw surveyNotFound();
    const chain = await surveyedChain(tx, s, employerId, 'surveyId');
    assertOpen(ctx, s);
    await replaceAnswer(tx, { surveyId: id, employerId, source: 'online', at: ctx.clock.now(), records: body.records.map((r) => ({ ...r, chain })) });
    await ctx.audit.record(tx, principal, { action: 'survey.answer', entity: 'demand_survey', entityId: id, detail: { records: body.records.length } });
  });
  return (await mySurveys(ctx, principal)).items.find((s) => s.id === id)!;
}
