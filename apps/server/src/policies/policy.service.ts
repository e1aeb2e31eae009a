/**
 * Versioning of the policy pack: list and read versions, validate YAML against the rest of the
 * pack, create drafts, run their example cases, seed the pack. Publication (two officers) and
 * retirement are in policy-publish.service.ts; the checks in policy-check.ts.
 */
import { listExamples, loadPack, type PackFile } from '@bole/engine';
import type {
  ExampleRun,
  PendingPublication,
  PolicyDocKind,
  PolicyList,
  PolicySummary,
  PolicyValidation,
  PolicyVersionDetail,
  PolicyVersionSummary,
} from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { notFound } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { pendingOf, type ApprovalNamedRow } from '../approvals/approval.service.js';
import { identifyDocument, readPackDir } from './pack-files.js';
import { policyRegistryOf } from './policy-registry.js';
import { check, contextAt, examplesOf, invalidYaml } from './policy-check.js';
import {
  countVersions,
  findVersion,
  insertVersions,
  listAllVersions,
  listVersionsOf,
  lockPolicy,
  nextVersionNumber,
  saveExampleRun,
  type NewVersion,
  type VersionMeta,
} from './policy.repository.js';
import { versionsInForce } from './version-selection.js';

type Actor = Pick<Principal, 'userId' | 'role'>;
/** Who reads a version (to tell them whether they requested its pending publication). */
type Reader = Pick<Principal, 'userId'> | null;

/** Today in Asia/Shanghai. */
export const today = (ctx: AppContext) => businessDate(ctx.clock.now());

/** The subject of a version's publication request. */
export const publicationSubject = (policyId: string, version: number) => `${policyId}@${version}`;

function pendingPublication(row: ApprovalNamedRow | undefined, reader: Reader): PendingPublication | null {
  if (!row) return null;
  return {
    approvalId: row.id,
    effectiveFrom: String(row.change.effectiveFrom),
    requestedBy: row.madeBy,
    requestedByName: row.madeByName,
    requestedAt: new Date(row.madeAt).toISOString(),
    requestedByYou: reader?.userId === row.madeBy,
    reason: row.reason,
  };
}

function summarize(v: VersionMeta, inForce: ReadonlySet<string>, pending: ReadonlyMap<string, ApprovalNamedRow>, reader: Reader): PolicyVersionSummary {
  return {
    policyId: v.policyId,
    version: v.version,
    kind: v.kind as PolicyDocKind,
    status: v.status as PolicyVersionSummary['status'],
    effectiveFrom: v.effectiveFrom,
    publishedBy: v.publishedBy,
    publishedAt: v.publishedAt === null ? null : new Date(v.publishedAt).toISOString(),
    createdBy: v.createdBy,
    createdAt: new Date(v.createdAt).toISOString(),
    inForce: inForce.has(`${v.policyId}@${v.version}`),
    examples: v.examples,
    pendingPublication: pendingPublication(pending.get(publicationSubject(v.policyId, v.version)), reader),
  };
}

/** The pending publication requests of drafts, by subject. */
async function pendingPublications(ctx: AppContext, versions: readonly VersionMeta[]): Promise<Map<string, ApprovalNamedRow>> {
  const drafts = versions.filter((v) => v.status === 'draft').map((v) => publicationSubject(v.policyId, v.version));
  return new Map((await pendingOf(ctx.db, 'policy_publish', drafts)).map((r) => [r.subject, r]));
}

/** The pack's documents with their versions in force today, scheduled and in draft. */
export async function listPolicies(ctx: AppContext): Promise<PolicyList> {
  const all = await listAllVersions(ctx.db);
  const day = today(ctx);
  const inForce = new Map(versionsInForce(all, day).map((v) => [v.policyId, v.version]));
  const byId = new Map<string, VersionMeta[]>();
  for (const v of all) byId.set(v.policyId, [...(byId.get(v.policyId) ?? []), v]);
  const items: PolicySummary[] = [...byId.entries()].map(([id, versions]) => {
    const shown = versions.find((v) => v.version === inForce.get(id)) ?? versions[versions.length - 1]!;
    return {
      id,
      kind: shown.kind as PolicyDocKind,
      title: shown.title,
      pillar: shown.pillar as PolicySummary['pillar'],
      mode: shown.mode as PolicySummary['mode'],
      department: shown.department,
      inForceVersion: inForce.get(id) ?? null,
      latestVersion: versions[versions.length - 1]!.version,
      scheduledVersions: versions
        .filter((v) => v.status === 'published' && v.effectiveFrom !== null && v.effectiveFrom > day)
        .map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom! })),
      draftVersions: versions.filter((v) => v.status === 'draft').map((v) => v.version),
    };
  });
  const order = (s: PolicySummary) => (s.kind === 'policy' ? 0 : 1);
  items.sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : 1));
  return { items, today: day };
}

async function inForceToday(ctx: AppContext): Promise<Set<string>> {
  const published = await policyRegistryOf(ctx).publishedVersions();
  return new Set(versionsInForce(published, today(ctx)).map((v) => `${v.policyId}@${v.version}`));
}

/** Every version of one document, oldest first, with any pending publication; 404 when the document does not exist. */
export async function listVersions(ctx: AppContext, policyId: string, reader: Reader = null): Promise<PolicyVersionSummary[]> {
  const versions = await listVersionsOf(ctx.db, policyId);
  if (versions.length === 0) throw notFound({ en: `Policy ${policyId}`, zh: `政策 ${policyId}` });
  const inForce = await inForceToday(ctx);
  const pending = await pendingPublications(ctx, versions);
  return versions.map((v) => summarize(v, inForce, pending, reader));
}

/** One version with its source. */
export async function getVersion(ctx: AppContext, policyId: string, version: number, reader: Reader = null): Promise<PolicyVersionDetail> {
  const row = await requireVersion(ctx, policyId, version);
  const pending = await pendingPublications(ctx, [row]);
  return { ...summarize(row, await inForceToday(ctx), pending, reader), path: row.path, yaml: row.yaml, parsed: row.parsed };
}

/** POST /policies/:id/validate — the errors of a YAML source, nothing stored. */
export async function validateYaml(ctx: AppContext, policyId: string, yaml: string): Promise<PolicyValidation> {
  const c = await check(ctx, policyId, yaml);
  return { ok: c.errors.length === 0, kind: c.parsed ? c.kind : null, errors: c.errors };
}

/** POST /policies/:id/versions — stores a valid YAML as the next draft version. */
export async function createVersion(ctx: AppContext, actor: Actor, policyId: string, yaml: string): Promise<PolicyVersionDetail> {
  const c = await check(ctx, policyId, yaml);
  if (c.errors.length > 0 || !c.parsed) throw invalidYaml(c.errors);
  const version = await ctx.db.transaction(async (tx) => {
    await lockPolicy(tx, policyId);
    const n = await nextVersionNumber(tx, policyId);
    await insertVersions(tx, [{ policyId, version: n, kind: c.kind, path: c.path, yaml, parsed: c.parsed!, status: 'draft', createdBy: actor.userId }]);
    await ctx.audit.record(tx, actor, { action: 'policy.version.create', entity: 'policy', entityId: policyId, detail: { version: n, kind: c.kind } });
    return n;
  });
  return getVersion(ctx, policyId, version, actor);
}

/** A stored version with its source; 404 when there is none. */
export async function requireVersion(ctx: AppContext, policyId: string, version: number) {
  const row = await findVersion(ctx.db, policyId, version);
  if (!row) throw notFound({ en: `Version ${version} of policy ${policyId}`, zh: `政策 ${policyId} 的第 ${version} 版` });
  return row;
}

/** POST …/versions/:v/run-examples — runs and stores the example results. */
export async function runExamples(ctx: AppContext, actor: Actor, policyId: string, version: number): Promise<ExampleRun> {
  const row = await requireVersion(ctx, policyId, version);
  const context = row.status === 'published' && row.effectiveFrom ? await contextAt(ctx, row.effectiveFrom) : undefined;
  const { errors, run } = await examplesOf(ctx, policyId, row.yaml, context);
  if (!run) throw invalidYaml(errors);
  await recordExampleRun(ctx, actor, policyId, version, run);
  return run;
}

/** Stores a version's example results and audits the run. */
export async function recordExampleRun(ctx: AppContext, actor: Actor, policyId: string, version: number, run: ExampleRun): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await saveExampleRun(tx, policyId, version, run);
    await ctx.audit.record(tx, actor, {
      action: 'policy.version.examples',
      entity: 'policy',
      entityId: policyId,
      detail: { version, passed: run.passed, failed: run.failed },
    });
  });
}

/**
 * Seeds the pack from `policies/` as version 1 of every document, published from its effective
 * date (a policy's window start; the classification table and groups from the earliest one),
 * when the table is empty. Safe on several nodes at once (advisory lock, then re-check).
 * Returns the number of documents seeded (0 when the table already had versions).
 */
export async function seedPolicyPack(ctx: AppContext, files: PackFile[] = readPackDir(ctx.city.packDir)): Promise<number> {
  if ((await countVersions(ctx.db)) > 0) return 0;
  const loaded = loadPack(files, ctx.city.vocabulary);
  if (!loaded.ok) throw new Error(`${ctx.city.packDir} does not load: ${loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('; ')}`);
  const pack = loaded.pack;
  const earliest = pack.policies.map((p) => p.doc.window.from).sort()[0] ?? '2000-01-01';
  const at = ctx.clock.now().toISOString();
  const results = new Map<string, ExampleRun['results']>();
  for (const e of listExamples(pack)) {
    const o = e.run();
    results.set(e.policy, [...(results.get(e.policy) ?? []), { name: o.name, passed: o.ok, mismatches: [...o.mismatches] }]);
  }
  const rows: NewVersion[] = files.map((f) => {
    const ident = identifyDocument(f.text);
    const policy = pack.policies.find((p) => p.id === ident.id);
    const r = results.get(ident.id ?? '') ?? [];
    return {
      policyId: ident.id!,
      version: 1,
      kind: ident.kind,
      path: f.path,
      yaml: f.text,
      parsed: ident.data ?? {},
      status: 'published',
      effectiveFrom: policy ? policy.doc.window.from : earliest,
      publishedBy: 'system',
      publishedAt: at,
      examples: policy ? { ranAt: at, passed: r.filter((x) => x.passed).length, failed: r.filter((x) => !x.passed).length, results: r } : null,
      createdBy: 'system',
    };
  });
  const seeded = await ctx.database.withAdvisoryLock(4_242_102, () =>
    ctx.db.transaction(async (tx) => {
      if ((await countVersions(tx)) > 0) return 0;
      await insertVersions(tx, rows);
      await ctx.audit.record(tx, null, { action: 'policy.seed', entity: 'policy', detail: { documents: rows.length, policies: pack.policies.length } });
      return rows.length;
    }),
  );
  policyRegistryOf(ctx).invalidate();
  return seeded;
}
