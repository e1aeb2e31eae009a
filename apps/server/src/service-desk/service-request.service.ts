/**
 * Filing service requests and reading them: one request or a bundle ("人才服务一件事") in one form
 * with one set of evidence from the talent's file and consent to share it, fanned out to each
 * category's department; the talent sees their cases, concierges their queue by due time,
 * department heads and the office what is overdue.
 */
import {
  businessDate,
  SERVICE_BUNDLES,
  SERVICE_CATEGORY_LABELS,
  SERVICE_FORM_FIELD_LABELS,
  SERVICE_FORM_FIELDS,
  type FileServiceBundleBody,
  type FileServiceRequestBody,
  type ServiceCase,
  type ServiceCategory,
  type ServiceRequest,
} from '@bole/contracts';
import { departmentName } from '../city/city-file.js';
import { fail, forbidden, invalid, notFound, type FieldError } from '../http/errors.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { findEvidenceByIds } from '../evidence/evidence.service.js';
import { notify } from '../notifications/notification.service.js';
import {
  casesOf,
  insertCase,
  insertRequests,
  insertStep,
  listRequests,
  stepsOf,
  type RequestFilter,
  type RequestView,
  type StepView,
} from './service-desk.repository.js';
import { serviceDeskConfig } from './service-desk.config.js';
import { clocksOnSubmit, clockViews } from './service-clock.rules.js';

export const REQUEST = { zh: '该诉求', en: 'The request' };

/** The required form fields a category's form leaves empty, each as a field error. */
function missingFields(category: ServiceCategory, form: Record<string, string>, prefix: string): FieldError[] {
  return SERVICE_FORM_FIELDS[category].filter((f) => !form[f]?.trim()).map((f) => ({ field: `${prefix}${f}`, message: 'is required' }));
}

function incomplete(category: ServiceCategory, missing: FieldError[]) {
  const names = missing.map((m) => SERVICE_FORM_FIELD_LABELS[m.field.split('.').at(-1) as keyof typeof SERVICE_FORM_FIELD_LABELS]);
  return fail(
    'BOLE_SERVICE_FORM_INCOMPLETE',
    { category: SERVICE_CATEGORY_LABELS[category], fields: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') } },
    missing,
  );
}

/** 422 unless every evidence id is in the talent's own file. */
async function assertOwnEvidence(ctx: AppContext, talentId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await findEvidenceByIds(ctx.db, ids);
  const own = new Set(found.filter((e) => e.talentId === talentId).map((e) => e.id));
  const bad = ids.findIndex((id) => !own.has(id));
  if (bad >= 0) throw invalid([{ field: `evidenceIds.${bad}`, message: 'is not a file of your own' }]);
}

/** Files the categories' requests as one case (the form of each category, one set of evidence). */
async function fileCase(
  ctx: AppContext,
  principal: Principal,
  bundle: string | null,
  forms: [ServiceCategory, Record<string, string>][],
  evidenceIds: string[],
): Promise<string> {
  const talentId = principal.talentId;
  if (!talentId) throw forbidden();
  await assertOwnEvidence(ctx, talentId, evidenceIds);
  const cfg = serviceDeskConfig(ctx);
  const cal = ctx.calendar.current();
  const now = ctx.clock.now().toISOString();
  const today = businessDate(ctx.clock.now());
  return ctx.db.transaction(async (tx) => {
    const caseId = await insertCase(tx, { talentId, bundle, createdAt: now });
    const rows = await insertRequests(
      tx,
      forms.map(([category, form]) => {
        const { department, resolutionWorkingDays } = cfg.categories[category];
        const clocks = clocksOnSubmit(
          today,
          { firstContact: cfg.firstContactWorkingDays, update: cfg.updateWorkingDays, resolution: resolutionWorkingDays },
          cal,
        );
        const trimmed = Object.fromEntries(SERVICE_FORM_FIELDS[category].map((f) => [f, form[f]!.trim()]));
        return {
          caseId,
          talentId,
          category,
          department,
          form: trimmed,
          evidenceIds,
          consentAt: now,
          status: 'accepted' as const,
          submittedOn: today,
          resolutionDays: resolutionWorkingDays,
          ...clocks,
          createdAt: now,
        };
      }),
    );
    for (const r of rows) {
      await insertStep(tx, { requestId: r.id, at: now, action: 'submit', status: 'accepted', actorId: principal.userId, note: null, detail: { bundle } });
      await ctx.audit.record(tx, principal, {
        action: 'service_request.submit',
        entity: 'service_request',
        entityId: r.id,
        detail: { caseId, category: r.category, department: r.department, evidenceIds, consent: true },
      });
      await notify(ctx, tx, [{ role: 'reviewer', department: r.department }], {
        kind: 'service_request.step',
        payload: { requestId: r.id, category: r.category, action: 'submit', status: 'accepted', dueOn: r.firstContactDue },
      });
    }
    return caseId;
  });
}

/** Files one request; 422 naming each missing form field, nothing written. */
export async function fileRequest(ctx: AppContext, principal: Principal, body: FileServiceRequestBody): Promise<ServiceCase> {
  const missing = missingFields(body.category, body.form, 'form.');
  if (missing.length) throw incomplete(body.category, missing);
  const caseId = await fileCase(ctx, principal, null, [[body.category, body.form]], body.evidenceIds);
  return caseOf(ctx, principal, caseId);
}

/** Files a bundle: each of its categories' forms checked first (all or nothing), then fanned out. */
export async function fileBundle(ctx: AppContext, principal: Principal, body: FileServiceBundleBody): Promise<ServiceCase> {
  const categories = SERVICE_BUNDLES[body.bundle];
  for (const c of categories) {
    const missing = missingFields(c, body.forms[c] ?? {}, `forms.${c}.`);
    if (missing.length) throw incomplete(c, missing);
  }
  const unknown = Object.keys(body.forms).find((k) => !(categories as readonly string[]).includes(k));
  if (unknown) throw invalid([{ field: `forms.${unknown}`, message: 'is not a category of this bundle' }]);
  const caseId = await fileCase(
    ctx,
    principal,
    body.bundle,
    categories.map((c) => [c, body.forms[c]!]),
    body.evidenceIds,
  );
  return caseOf(ctx, principal, caseId);
}

/** Presents requests with their clocks and timelines. */
export async function present(ctx: AppContext, rows: RequestView[]): Promise<ServiceRequest[]> {
  const steps = await stepsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = businessDate(ctx.clock.now());
  const files = new Map((await findEvidenceByIds(ctx.db, [...new Set(rows.flatMap((r) => r.evidenceIds))])).map((e) => [e.id, e]));
  return rows.map((r) =>
    presentOne(
      ctx,
      r,
      steps.filter((s) => s.requestId === r.id),
      today,
      r.evidenceIds.flatMap((id) => {
        const e = files.get(id);
        return e ? [{ id: e.id, kind: e.kind, fileName: e.fileName }] : [];
      }),
    ),
  );
}

function presentOne(ctx: AppContext, r: RequestView, steps: StepView[], today: string, evidence: ServiceRequest['evidence']): ServiceRequest {
  return {
    id: r.id,
    caseId: r.caseId,
    talentId: r.talentId,
    talentName: r.talentName,
    category: r.category,
    department: r.department,
    departmentName: departmentName(ctx.city, r.department),
    coDepartments: r.coDepartments,
    form: r.form,
    evidenceIds: r.evidenceIds,
    evidence,
    status: r.status,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    submittedOn: r.submittedOn,
    clocks: clockViews(r, today),
    stopped:
      r.stoppedSince && r.stopWaitingFor ? { waitingFor: r.stopWaitingFor, note: r.stopNote ?? '', byName: r.stoppedByName, since: r.stoppedSince } : null,
    escalation: r.escalation,
    outcome: r.outcome,
    answer: r.answer,
    rule: r.rule,
    redirectedTo: r.redirectedTo,
    closedOn: r.closedOn,
    reopened: r.reopenedAt !== null,
    rating: r.rating,
    steps: steps.map((s) => ({ at: s.at, action: s.action, status: s.status, actorName: s.actorName, note: s.note })),
  };
}

/** The departments whose requests a staff member handles: a concierge or head their own (a concierge without one: all), officers and auditors all. */
export function remitOf(p: Principal): string[] | undefined {
  if (p.role === 'officer' || p.role === 'auditor') return undefined;
  if (p.role === 'concierge' && p.department === null) return undefined;
  return p.department ? [p.department] : [];
}

/**
 * Whether a staff member may open an evidence file (asked by evidence, wired in platform/hooks.ts):
 * a request within their remit — their department's, as owner or co-handler — was filed with it,
 * the talent having consented to share it with that department.
 */
export async function staffMaySeeServiceEvidence(ctx: AppContext, principal: Principal, evidenceId: string): Promise<boolean> {
  if (principal.role === 'talent' || principal.role === 'employer') return false;
  return (await listRequests(ctx.db, { evidenceId, departments: remitOf(principal) })).length > 0;
}

/** Requests within the reader's remit (talents: their own). */
export async function listFor(ctx: AppContext, reader: Principal, f: Omit<RequestFilter, 'departments' | 'talentId'>): Promise<ServiceRequest[]> {
  const scope: RequestFilter =
    reader.role === 'talent' ? { talentId: reader.talentId ?? '00000000-0000-0000-0000-000000000000' } : { departments: remitOf(reader) };
  return present(ctx, await listRequests(ctx.db, { ...f, ...scope }));
}

/** The reader's queue by due time: open requests (or all), only the overdue ones when asked (a head's and the office's view). */
export async function queueFor(ctx: AppContext, reader: Principal, q: { open?: 'true' | 'false'; overdue?: 'true' | 'false' }): Promise<ServiceRequest[]> {
  const items = await listFor(ctx, reader, { open: q.open !== 'false' || q.overdue === 'true' });
  return q.overdue === 'true' ? items.filter((r) => r.clocks.some((c) => c.overdue)) : items;
}

/** One request within the reader's remit, or 404. */
export async function requestFor(ctx: AppContext, reader: Principal, id: string): Promise<ServiceRequest> {
  const [r] = await listFor(ctx, reader, { ids: [id] });
  if (!r) throw notFound(REQUEST);
  return r;
}

async function caseOf(ctx: AppContext, principal: Principal, caseId: string): Promise<ServiceCase> {
  const [c] = (await myCases(ctx, principal)).filter((x) => x.id === caseId);
  if (!c) throw notFound(REQUEST);
  return c;
}

/** The talent's cases, each with its requests (a bundle shown as one). */
export async function myCases(ctx: AppContext, principal: Principal): Promise<ServiceCase[]> {
  if (!principal.talentId) return [];
  const cases = await casesOf(ctx.db, principal.talentId);
  const requests = await present(
    ctx,
    await listRequests(ctx.db, {
      talentId: principal.talentId,
      caseIds: cases.map((c) => c.id),
    }),
  );
  return cases.map((c) => ({ id: c.id, bundle: c.bundle, createdAt: c.createdAt, requests: requests.filter((r) => r.caseId === c.id) }));
}
