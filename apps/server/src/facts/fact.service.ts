/**
 * Verified facts: the one way any module confirms or withdraws a fact the engine reads, and the
 * one read of a talent's facts with the status of each field. A confirmation never touches the
 * talent's declaration: when the two differ, the declaration stays beside the verified value as
 * a claim (status `contradicted`). Every write is audited.
 */
import {
  VERIFIED_FACT_FIELDS,
  verifiedFacts as verifiedFactsSchema,
  type TalentFact,
  type TalentFacts,
  type VerifiedFactField,
  type VerifiedFacts,
  type VerifyingSource,
} from '@bole/contracts';
import { factsReadBy, type CompiledPolicy } from '@bole/engine';
import type { Db, Tx } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import {
  employerExists,
  findDeclarations,
  findVerifiedRow,
  insertFactRecords,
  latestRecords,
  recordedFields,
  actorsOf,
  roleOfUser,
  upsertVerified,
  withdrawnFields,
  type FactRecordRow,
  type NewFactRecord,
} from './fact.repository.js';

/** Who confirms (or withdraws) facts, and on what. */
export interface FactConfirmer {
  source: VerifyingSource;
  /** The confirming person (reviewer, employer account, officer), when one. */
  actorUserId?: string | null;
  /** The confirming department's code (department data). */
  department?: string | null;
  /** Evidence files the confirmation rests on. */
  evidenceIds?: string[];
  /** The department import or partner push the values came with. */
  importId?: string | null;
}

/** What a confirmation did: fields whose verified value changed, fields where the declaration differs from the verified value. */
export interface RecordedFacts {
  changed: string[];
  contradicted: string[];
}

const partialFacts = verifiedFactsSchema.partial().strict();

/** A comparable form of a fact value (sets in order, dates as strings). */
export function factKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return JSON.stringify([...(value as string[])].sort());
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  return JSON.stringify(value);
}

/** Whether the talent left a field empty (nothing declared, so nothing to contradict). */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether a declaration differs from a verified value. A withdrawn or unverified value
 * contradicts nothing, and neither does a field the talent left empty: they claimed nothing.
 */
export function contradicts(declared: unknown, verified: unknown): boolean {
  return verified !== null && verified !== undefined && !isBlank(declared) && factKey(declared) !== factKey(verified);
}

/**
 * Confirms (a value) or withdraws (null) verified facts of a talent, within the caller's
 * transaction: sets the verified values, appends provenance for every field whose value or
 * confirmer changed, and audits the write. The talent's declarations are never changed.
 * 400 naming the field on a bad value or an unknown employer; 404 when the talent is unknown.
 */
export async function recordVerifiedFacts(
  ctx: AppContext,
  tx: Tx,
  talentId: string,
  facts: Partial<VerifiedFacts>,
  by: {
    source: VerifyingSource;
    actorUserId?: string | null;
    department?: string | null;
    evidenceIds?: string[];
    importId?: string | null;
  },
): Promise<RecordedFacts> {
  const parsed = partialFacts.safeParse(facts);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(facts)', message: i.message })));
  const given = parsed.data as Partial<VerifiedFacts>;
  const declared = await findDeclarations(tx, talentId, true);
  if (!declared) throw notFound({ en: 'The talent', zh: '该人才' });
  if (given.employerId && !(await employerExists(tx, given.employerId))) throw invalid([{ field: 'employerId', message: 'is not a registered employer' }]);
  const fields = (Object.keys(given) as VerifiedFactField[]).filter((f) => given[f] !== undefined);
  const current = await findVerifiedRow(tx, talentId);
  const latest = await latestRecords(tx, talentId, fields);
  const evidenceIds = [...new Set(by.evidenceIds ?? [])];
  const now = ctx.clock.now();
  const changed: VerifiedFactField[] = [];
  const records: NewFactRecord[] = [];
  for (const field of fields) {
    const value = given[field] ?? null;
    const valueChanged = factKey(current?.[field] ?? null) !== factKey(value);
    if (valueChanged) changed.push(field);
    if (valueChanged || confirmerChanged(latest.get(field), by, evidenceIds)) {
      records.push({
        talentId,
        field,
        source: by.source,
        value: value === null ? null : (value as unknown),
        actorUserId: by.actorUserId ?? null,
        department: by.department ?? null,
        evidenceIds,
        importId: by.importId ?? null,
        recordedAt: now,
      });
    }
  }
  const contradicted = fields.filter((f) => contradicts(declared[f], given[f]));
  if (changed.length) await upsertVerified(tx, talentId, Object.fromEntries(changed.map((f) => [f, given[f] ?? null])) as Partial<VerifiedFacts>, now);
  await insertFactRecords(tx, records);
  if (records.length) {
    const role = by.actorUserId ? await roleOfUser(tx, by.actorUserId) : null;
    await ctx.audit.record(tx, by.actorUserId && role ? { userId: by.actorUserId, role } : null, {
      action: 'facts.verify',
      entity: 'talent',
      entityId: talentId,
      detail: {
        source: by.source,
        department: by.department ?? null,
        importId: by.importId ?? null,
        evidenceIds,
        confirmed: records.filter((r) => r.value !== null).map((r) => r.field),
        withdrawn: records.filter((r) => r.value === null).map((r) => r.field),
        contradicted,
      },
    });
  }
  return { changed, contradicted };
}

/** Whether a confirmation comes from someone else or with other evidence than the field's latest record. */
function confirmerChanged(last: FactRecordRow | undefined, by: FactConfirmer, evidenceIds: string[]): boolean {
  if (!last) return true;
  return (
    last.source !== by.source ||
    last.actorUserId !== (by.actorUserId ?? null) ||
    last.department !== (by.department ?? null) ||
    last.importId !== (by.importId ?? null) ||
    factKey(last.evidenceIds) !== factKey(evidenceIds)
  );
}

/** A talent's facts: per verifiable field, the declaration, the verified value, who confirmed it and its status. 404 when unknown. */
export async function talentFactsOf(ctx: AppContext, talentId: string): Promise<TalentFacts> {
  // Three independent reads, sent together: one round trip's wait instead of three.
  const [declared, verified, latest] = await Promise.all([
    findDeclarations(ctx.db, talentId),
    findVerifiedRow(ctx.db, talentId),
    latestRecords(ctx.db, talentId),
  ]);
  if (!declared) throw notFound({ en: 'The talent', zh: '该人才' });
  const actors = await actorsOf(ctx.db, [...new Set([...latest.values()].flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))]);
  const facts: TalentFact[] = VERIFIED_FACT_FIELDS.map((field) => {
    const value = verified?.[field] ?? null;
    const record = value === null ? undefined : latest.get(field);
    return {
      field,
      status: value === null ? 'declared' : contradicts(declared[field], value) ? 'contradicted' : 'verified',
      declared: declared[field] ?? null,
      verified: value,
      confirmation: record
        ? {
            source: record.source,
            actorRole: record.actorUserId ? (actors.get(record.actorUserId)?.role ?? null) : null,
            department: record.department ?? (record.actorUserId ? (actors.get(record.actorUserId)?.department ?? null) : null),
            at: new Date(record.recordedAt).toISOString(),
            evidenceIds: record.evidenceIds,
            importId: record.importId,
          }
        : null,
    };
  });
  return { talentId, facts };
}

/** A talent's verified values (null fields: not verified; all null when nothing was confirmed). */
export async function verifiedFactsOf(ctx: AppContext, talentId: string): Promise<VerifiedFacts> {
  const row = await findVerifiedRow(ctx.db, talentId);
  return Object.fromEntries(VERIFIED_FACT_FIELDS.map((f) => [f, row?.[f] ?? null])) as VerifiedFacts;
}

/**
 * The verifiable facts behind some engine variables (`employedInCity` and the employer's
 * variables stand for the talent's employer; identity and derived variables have none).
 */
export function verifiableFieldsOf(vars: readonly string[]): VerifiedFactField[] {
  const fields = new Set<VerifiedFactField>();
  for (const name of vars) {
    const field = name === 'employedInCity' || name.startsWith('employer.') ? 'employerId' : name;
    if ((VERIFIED_FACT_FIELDS as readonly string[]).includes(field)) fields.add(field as VerifiedFactField);
  }
  return [...fields];
}

/** The verifiable facts a policy's conditions read (what approving it confirms, what a benefit waits on). */
export function verifiableFactsOf(policy: CompiledPolicy): VerifiedFactField[] {
  return verifiableFieldsOf(factsReadBy(policy));
}

/**
 * The talent's declarations of some fields that are not empty, as values a confirmation takes
 * (what a reviewer sees on the decision page). 404 when the talent is unknown.
 */
export async function declaredValuesOf(conn: Db | Tx, talentId: string, fields: readonly VerifiedFactField[], lock = false): Promise<Partial<VerifiedFacts>> {
  const declared = await findDeclarations(conn, talentId, lock);
  if (!declared) throw notFound({ en: 'The talent', zh: '该人才' });
  const facts: Record<string, unknown> = {};
  for (const field of fields) {
    const value = declared[field];
    if (isBlank(value)) continue;
    facts[field] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return facts as Partial<VerifiedFacts>;
}

/**
 * Confirms the talent's declarations of some fields as they stand — a reviewer who approves an
 * application has checked them against its evidence. A field the talent left empty is not
 * confirmed (nor withdrawn). Audited like any confirmation; returns what changed.
 */
export async function confirmDeclarations(
  ctx: AppContext,
  tx: Tx,
  talentId: string,
  fields: readonly VerifiedFactField[],
  by: FactConfirmer & { source: 'review' | 'employer' },
): Promise<RecordedFacts> {
  const facts = await declaredValuesOf(tx, talentId, fields, true);
  if (!Object.keys(facts).length) return { changed: [], contradicted: [] };
  return recordVerifiedFacts(ctx, tx, talentId, facts, by);
}

/**
 * Among some talents' fields, those whose confirmation was withdrawn (the latest record takes the
 * value back) and those the talent's declaration contradicts: why a benefit resting on them ends.
 */
export async function unsettledFacts(conn: Db | Tx, talentIds: readonly string[]): Promise<Map<string, { withdrawn: Set<string>; contradicted: Set<string> }>> {
  const withdrawn = await withdrawnFields(conn, talentIds);
  const out = new Map<string, { withdrawn: Set<string>; contradicted: Set<string> }>();
  for (const talentId of new Set(talentIds)) {
    const declared = await findDeclarations(conn, talentId);
    const verified = await findVerifiedRow(conn, talentId);
    const entry = { withdrawn: new Set<string>(), contradicted: new Set<string>() };
    for (const field of VERIFIED_FACT_FIELDS) {
      if (withdrawn.has(`${talentId}|${field}`)) entry.withdrawn.add(field);
      else if (declared && verified && contradicts(declared[field], verified[field])) entry.contradicted.add(field);
    }
    out.set(talentId, entry);
  }
  return out;
}

/**
 * Records facts a decision made before facts had provenance confirmed (a granted recognition, an
 * approved application), for the fields nobody has confirmed or withdrawn since: what a
 * department, reviewer or employer recorded stays. Returns the fields recorded.
 */
export async function recordEarlierConfirmation(
  ctx: AppContext,
  tx: Tx,
  talentId: string,
  facts: Partial<VerifiedFacts>,
  by: FactConfirmer & { source: 'review' },
): Promise<string[]> {
  const recorded = await recordedFields(tx, talentId);
  const open = Object.fromEntries(Object.entries(facts).filter(([f, v]) => !recorded.has(f) && !isBlank(v))) as Partial<VerifiedFacts>;
  if (!Object.keys(open).length) return [];
  await recordVerifiedFacts(ctx, tx, talentId, open, by);
  return Object.keys(open);
}
