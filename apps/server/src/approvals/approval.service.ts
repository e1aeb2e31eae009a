/**
 * Second approvals (four eyes on money, ADR 0015): one person proposes a change with a reason; a
 * different person within the request's remit approves it — and only then is the change applied,
 * by the handler its kind registers (platform/hooks.ts), in the approval's transaction — or
 * rejects it with a note; the maker may withdraw it. Every step is one audit entry naming both
 * people. The module knows no kind: budgets, policy publications and large applications bring
 * their handlers.
 */
import { SECOND_APPROVAL_KIND_LABELS, SECOND_APPROVAL_STATUS_LABELS, type Department, type SecondApprovalKind } from '@bole/contracts';
import { departmentName } from '../city/city-file.js';
import type { Db, Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import {
  decide,
  findApproval,
  insertPending,
  listApprovals,
  lockApproval,
  lockSubject,
  supersedePending,
  userNames,
  type ApprovalNamedRow,
  type ApprovalRow,
  type ApprovalScopeFilter,
} from './approval.repository.js';

export type { ApprovalNamedRow, ApprovalRow } from './approval.repository.js';

/** A person acting on a request. */
export type ApprovalActor = Pick<Principal, 'userId' | 'role' | 'department'>;

/**
 * What a kind of request does when decided. `prepare` reads and checks before the transaction
 * (an embedded database has a single connection, taken by the transaction); `apply` applies the
 * change inside the approval's transaction and returns what to keep as its outcome, or throws to
 * refuse the approval (the request stays pending); `onReject` runs inside a rejection's
 * transaction; `afterApply` after the commit (caches).
 */
export interface SecondApprovalHandler {
  prepare?(ctx: AppContext, request: ApprovalRow, checker: ApprovalActor): Promise<unknown>;
  apply(ctx: AppContext, tx: Tx, request: ApprovalRow, checker: ApprovalActor, prepared: unknown): Promise<Record<string, unknown>>;
  onReject?(ctx: AppContext, tx: Tx, request: ApprovalRow, checker: ApprovalActor, note: string, detail: Record<string, unknown>): Promise<void>;
  /** The maker took the request back, in the withdrawal's transaction (e.g. a step on the subject's timeline). */
  onWithdraw?(ctx: AppContext, tx: Tx, request: ApprovalRow, maker: ApprovalActor): Promise<void>;
  afterApply?(ctx: AppContext, request: ApprovalRow): void;
}

/** The handler of every kind (wired in platform/hooks.ts). */
export type SecondApprovalHandlers = Record<SecondApprovalKind, SecondApprovalHandler>;

/** What a maker proposes. */
export interface Proposal {
  kind: SecondApprovalKind;
  subject: string;
  /** The department whose staff approve it; null: the talent office's officers. */
  scope: Department | null;
  title: { zh: string; en: string };
  change: Record<string, unknown>;
  reason: string | null;
  /** Replace a pending request for the subject (else a pending one is a 409). */
  supersede: boolean;
}

const kindLabel = (kind: SecondApprovalKind) => SECOND_APPROVAL_KIND_LABELS[kind];

/** Whether `actor`'s remit covers a request of `scope`: officers the talent office's, reviewers their department's. */
export function inRemit(ctx: AppContext, actor: Pick<Principal, 'role' | 'department'>, scope: string | null): boolean {
  if (actor.role === 'officer') return scope === null || scope === ctx.city.roles.talentOffice;
  return actor.role === 'reviewer' && actor.department !== null && actor.department === scope;
}

/** The requests a reader may list: officers the talent office's, reviewers their department's, auditors all. */
function scopeOf(ctx: AppContext, reader: Pick<Principal, 'role' | 'department'>): ApprovalScopeFilter {
  if (reader.role === 'auditor') return 'all';
  if (reader.role === 'officer') return { unscoped: true, departments: [ctx.city.roles.talentOffice] };
  return { unscoped: false, departments: reader.role === 'reviewer' && reader.department ? [reader.department] : [] };
}

function notPending(row: ApprovalRow) {
  return fail('BOLE_APPROVAL_NOT_PENDING', { kind: kindLabel(row.kind), state: SECOND_APPROVAL_STATUS_LABELS[row.status] });
}

/** 403 unless `checker` is someone other than the maker, within the request's remit. */
function assertMayCheck(ctx: AppContext, checker: ApprovalActor, row: ApprovalRow): void {
  if (row.madeBy === checker.userId) throw fail('BOLE_SAME_OFFICER', { what: kindLabel(row.kind) });
  if (!inRemit(ctx, checker, row.scope)) {
    const who = row.scope === null ? { en: 'an officer of the talent office', zh: '人才办工作人员' } : departmentName(ctx.city, row.scope);
    throw fail('BOLE_APPROVAL_NOT_IN_REMIT', { kind: kindLabel(row.kind), who });
  }
}

async function audit(ctx: AppContext, tx: Tx, actor: ApprovalActor, action: string, row: ApprovalRow, extra: Record<string, unknown> = {}): Promise<void> {
  const ids = [row.madeBy, ...(row.checkedBy ? [row.checkedBy] : [])];
  const names = await userNames(tx, ids);
  await ctx.audit.record(tx, actor, {
    action: `approval.${action}`,
    entity: 'second_approval',
    entityId: row.id,
    detail: {
      kind: row.kind,
      subject: row.subject,
      madeBy: row.madeBy,
      madeByName: names.get(row.madeBy) ?? null,
      ...(row.checkedBy ? { checkedBy: row.checkedBy, checkedByName: names.get(row.checkedBy) ?? null } : {}),
      reason: row.reason,
      change: row.change,
      ...extra,
    },
  });
}

/**
 * Records a proposal inside the caller's transaction: a pending request for the subject is
 * superseded (or, without `supersede`, refused with 409 BOLE_APPROVAL_PENDING). Nothing of the
 * change is applied.
 */
export async function proposeWithin(ctx: AppContext, tx: Tx, maker: ApprovalActor, p: Proposal): Promise<ApprovalRow> {
  await lockSubject(tx, p.kind, p.subject);
  const now = ctx.clock.now().toISOString();
  const superseded = p.supersede ? await supersedePending(tx, p.kind, p.subject, now) : [];
  const row = await insertPending(tx, {
    kind: p.kind,
    subject: p.subject,
    scope: p.scope,
    title: p.title,
    change: p.change,
    reason: p.reason,
    madeBy: maker.userId,
    madeAt: now,
  });
  if (!row) throw fail('BOLE_APPROVAL_PENDING', { kind: kindLabel(p.kind) });
  for (const old of superseded) await audit(ctx, tx, maker, 'supersede', old, { supersededBy: row.id });
  await audit(ctx, tx, maker, 'propose', row, superseded.length ? { supersedes: superseded.map((s) => s.id) } : {});
  return row;
}

/** Records a proposal in a transaction of its own. */
export async function propose(ctx: AppContext, maker: ApprovalActor, p: Proposal): Promise<ApprovalRow> {
  return ctx.db.transaction((tx) => proposeWithin(ctx, tx, maker, p));
}

async function requireApproval(ctx: AppContext, id: string): Promise<ApprovalRow> {
  const row = await findApproval(ctx.db, id);
  if (!row) throw notFound({ en: 'The approval request', zh: '该复核申请' });
  return row;
}

/**
 * A second person approves: the change is applied by its kind's handler and the request marked
 * approved, in one transaction. The maker gets 403 BOLE_SAME_OFFICER, someone outside the remit
 * 403, a request no longer pending 409; a change that no longer holds (the handler's checks) is
 * refused with its reason and the request stays pending.
 */
export async function approve(ctx: AppContext, checker: ApprovalActor, id: string, note: string | null = null): Promise<ApprovalRow> {
  const seen = await requireApproval(ctx, id);
  if (seen.status !== 'pending') throw notPending(seen);
  assertMayCheck(ctx, checker, seen);
  const handler = ctx.hooks.secondApprovals[seen.kind];
  const prepared = await handler.prepare?.(ctx, seen, checker);
  const done = await ctx.db.transaction(async (tx) => {
    const row = (await lockApproval(tx, id))!;
    if (row.status !== 'pending') throw notPending(row);
    const outcome = await handler.apply(ctx, tx, row, checker, prepared);
    const decided = await decide(tx, id, { status: 'approved', checkedBy: checker.userId, decidedAt: ctx.clock.now().toISOString(), note, outcome });
    await audit(ctx, tx, checker, 'approve', decided!, { outcome, note });
    return decided!;
  });
  handler.afterApply?.(ctx, done);
  return done;
}

/**
 * A second person rejects, saying why: nothing of the change is applied (the kind's handler may
 * close what waited on it, in the same transaction; `detail` goes to it).
 */
export async function reject(ctx: AppContext, checker: ApprovalActor, id: string, note: string, detail: Record<string, unknown> = {}): Promise<ApprovalRow> {
  const seen = await requireApproval(ctx, id);
  if (seen.status !== 'pending') throw notPending(seen);
  assertMayCheck(ctx, checker, seen);
  const handler = ctx.hooks.secondApprovals[seen.kind];
  return ctx.db.transaction(async (tx) => {
    const row = (await lockApproval(tx, id))!;
    if (row.status !== 'pending') throw notPending(row);
    const decided = (await decide(tx, id, { status: 'rejected', checkedBy: checker.userId, decidedAt: ctx.clock.now().toISOString(), note }))!;
    await handler.onReject?.(ctx, tx, decided, checker, note, detail);
    await audit(ctx, tx, checker, 'reject', decided, { note });
    return decided;
  });
}

/** The maker withdraws a pending request (anyone else: 403 BOLE_APPROVAL_NOT_MAKER); nothing is applied. */
export async function withdraw(ctx: AppContext, maker: ApprovalActor, id: string): Promise<ApprovalRow> {
  const seen = await requireApproval(ctx, id);
  if (seen.madeBy !== maker.userId) throw fail('BOLE_APPROVAL_NOT_MAKER');
  return ctx.db.transaction(async (tx) => {
    const row = (await lockApproval(tx, id))!;
    if (row.status !== 'pending') throw notPending(row);
    const decided = (await decide(tx, id, { status: 'withdrawn', checkedBy: maker.userId, decidedAt: ctx.clock.now().toISOString(), note: null }))!;
    await ctx.hooks.secondApprovals[decided.kind].onWithdraw?.(ctx, tx, decided, maker);
    await audit(ctx, tx, maker, 'withdraw', decided);
    return decided;
  });
}

/**
 * Closes a subject's pending request when the subject itself goes away (a retired draft can no
 * longer be published): withdrawn by whoever removed it, with `note` saying why; audited. Inside
 * the caller's transaction; returns how many were closed.
 */
export async function withdrawPendingWithin(
  ctx: AppContext,
  tx: Tx,
  actor: ApprovalActor,
  kind: SecondApprovalKind,
  subject: string,
  note: string,
): Promise<number> {
  await lockSubject(tx, kind, subject);
  let closed = 0;
  for (const row of await pendingOf(tx, kind, [subject])) {
    const decided = await decide(tx, row.id, { status: 'withdrawn', checkedBy: actor.userId, decidedAt: ctx.clock.now().toISOString(), note });
    if (!decided) continue;
    await audit(ctx, tx, actor, 'withdraw', decided, { note });
    closed++;
  }
  return closed;
}

/** Requests a reader may see, newest first (pending by default). */
export async function listFor(
  ctx: AppContext,
  reader: Pick<Principal, 'role' | 'department'>,
  f: { status?: ApprovalRow['status'] | undefined; kind?: SecondApprovalKind | undefined; subject?: string; limit?: number },
): Promise<ApprovalNamedRow[]> {
  return listApprovals(ctx.db, {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.subject !== undefined ? { subject: f.subject } : {}),
    scope: scopeOf(ctx, reader),
    limit: f.limit ?? 500,
  });
}

/** One request with its people's names (404 when unknown or outside the reader's scope). */
export async function findFor(ctx: AppContext, reader: Pick<Principal, 'role' | 'department'>, id: string): Promise<ApprovalNamedRow> {
  const [row] = await listApprovals(ctx.db, { ids: [id], scope: scopeOf(ctx, reader), limit: 1 });
  if (!row) throw notFound({ en: 'The approval request', zh: '该复核申请' });
  return row;
}

/** The pending requests of `kind` for `subjects`, with names, read through `conn` (a caller's transaction, or the database). */
export async function pendingOf(conn: Db | Tx, kind: SecondApprovalKind, subjects: string[]): Promise<ApprovalNamedRow[]> {
  if (subjects.length === 0) return [];
  return listApprovals(conn, { status: 'pending', kind, subjects, scope: 'all', limit: subjects.length });
}
