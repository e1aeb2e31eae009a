/**
 * Versioning of the policy pack: list and read versions, validate YAML against the rest of the
 * pack, create drafts, run their example cases, publish with an effective date, retire.
 * A version with any authoring error, or any failing example, can never be published.
 */
import { listExamples, loadPack, type Pack, type PackError, type PackFile } from '@bole/engine';
import type {
  ExampleRun,
  PolicyDocKind,
  PolicyList,
  PolicySummary,
  PolicyValidation,
  PolicyVersionDetail,
  PolicyVersionSummary,
  YamlError,
  ErrorText,
} from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { identifyDocument, readPackDir } from './pack-files.js';
import { policyRegistryOf } from './policy-registry.js';
import {
  countVersions,
  findVersion,
  insertVersions,
  listAllVersions,
  listVersionsOf,
  lockPolicy,
  markPublished,
  markRetired,
  nextVersionNumber,
  saveExampleRun,
  type NewVersion,
  type VersionMeta,
} from './policy.repository.js';
import { latestPublished, versionsInForce } from './version-selection.js';

type Actor = Pick<Principal, 'userId' | 'role'>;

const toYamlErrors = (errors: readonly PackError[]): YamlError[] =>
  errors.map((e) => ({ field: 'yaml', file: e.file, line: e.line, column: e.column, message: e.message }));

/** Today in Asia/Shanghai. */
const today = (ctx: AppContext) => businessDate(ctx.clock.now());

function summarize(v: VersionMeta, inForce: ReadonlySet<string>): PolicyVersionSummary {
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
  };
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

/** Every version of one document, oldest first; 404 when the document does not exist. */
export async function listVersions(ctx: AppContext, policyId: string): Promise<PolicyVersionSummary[]> {
  const versions = await listVersionsOf(ctx.db, policyId);
  if (versions.length === 0) throw notFound({ en: `Policy ${policyId}`, zh: `政策 ${policyId}` });
  const inForce = await inForceToday(ctx);
  return versions.map((v) => summarize(v, inForce));
}

/** One version with its source. */
export async function getVersion(ctx: AppContext, policyId: string, version: number): Promise<PolicyVersionDetail> {
  const row = await findVersion(ctx.db, policyId, version);
  if (!row) throw notFound({ en: `Version ${version} of policy ${policyId}`, zh: `政策 ${policyId} 的第 ${version} 版` });
  return { ...summarize(row, await inForceToday(ctx)), path: row.path, yaml: row.yaml, parsed: row.parsed };
}

/**
 * The pack files a document's source is checked in: `context` (one version per other document)
 * with this source in place of the document's own version.
 */
async function contextFiles(ctx: AppContext, policyId: string, path: string, yaml: string, context: readonly VersionMeta[]) {
  const others = context.filter((v) => v.policyId !== policyId);
  const files: PackFile[] = await policyRegistryOf(ctx).filesOf(others);
  return [...files, { path, text: yaml }];
}

interface Checked {
  kind: PolicyDocKind;
  path: string;
  parsed: Record<string, unknown> | null;
  errors: YamlError[];
  /** The compiled pack with this source in place, when it has no error. */
  pack: Pack | null;
}

/**
 * Checks a document's YAML in the context of the other documents (by default the newest
 * published version of each): structure, expressions, parameters, groups. Every error comes
 * with its line and column.
 */
async function check(ctx: AppContext, policyId: string, yaml: string, context?: VersionMeta[]): Promise<Checked> {
  const existing = await listVersionsOf(ctx.db, policyId);
  const ident = identifyDocument(yaml);
  const path = existing[existing.length - 1]?.path ?? `${policyId}.yaml`;
  const ctxVersions = context ?? latestPublished(await policyRegistryOf(ctx).publishedVersions());
  const files = await contextFiles(ctx, policyId, path, yaml, ctxVersions);
  const errors: YamlError[] = [];
  if (ident.data) {
    if (ident.id !== policyId) {
      const line = yaml.split('\n').findIndex((l) => /^(id|kind)\s*:/.test(l)) + 1;
      errors.push({
        field: 'yaml',
        file: path,
        line: Math.max(line, 1),
        column: 1,
        message:
          ident.kind === 'policy'
            ? `id must be "${policyId}", the policy this version belongs to (found ${JSON.stringify(ident.id)})`
            : `this is the ${ident.kind} document; save it under /policies/${ident.kind}`,
      });
    }
    const kindBefore = existing[0]?.kind;
    if (kindBefore && kindBefore !== ident.kind) {
      errors.push({ field: 'yaml', file: path, line: 1, column: 1, message: `kind must stay ${kindBefore}` });
    }
  }
  const loaded = loadPack(files, ctx.city.vocabulary);
  if (!loaded.ok) {
    // When this document itself fails, other documents' complaints about it (the exclusive
    // groups naming an "unknown policy") are consequences, not separate mistakes.
    const own = loaded.errors.some((e) => e.file === path);
    errors.push(...toYamlErrors(loaded.errors.filter((e) => e.file === path || !own || !e.message.includes(policyId))));
  }
  return { kind: ident.kind, path, parsed: ident.data, errors, pack: loaded.ok && errors.length === 0 ? loaded.pack : null };
}

/** POST /policies/:id/validate — the errors of a YAML source, nothing stored. */
export async function validateYaml(ctx: AppContext, policyId: string, yaml: string): Promise<PolicyValidation> {
  const c = await check(ctx, policyId, yaml);
  return { ok: c.errors.length === 0, kind: c.parsed ? c.kind : null, errors: c.errors };
}

function invalidYaml(errors: YamlError[], prefix?: ErrorText) {
  const first = errors[0]!;
  return fail(
    'BOLE_POLICY_INVALID',
    { count: errors.length, line: first.line, column: first.column, message: first.message, ...(prefix ? { prefix } : {}) },
    errors,
  );
}

/** 409 when another officer published or retired the version while this one was checking it. */
const publishedMeanwhile = (version: number) =>
  fail('BOLE_POLICY_NOT_DRAFT', { version, state: { en: 'was published or retired meanwhile', zh: '已被他人发布或停用' } });

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
  return getVersion(ctx, policyId, version);
}

async function requireVersion(ctx: AppContext, policyId: string, version: number) {
  const row = await findVersion(ctx.db, policyId, version);
  if (!row) throw notFound({ en: `Version ${version} of policy ${policyId}`, zh: `政策 ${policyId} 的第 ${version} 版` });
  return row;
}

/** Runs the example cases of a version checked in `context`; null run when it has errors. */
async function examplesOf(ctx: AppContext, policyId: string, yaml: string, context?: VersionMeta[]) {
  const c = await check(ctx, policyId, yaml, context);
  if (!c.pack) return { errors: c.errors, run: null };
  const results = listExamples(c.pack)
    .filter((e) => e.policy === policyId)
    .map((e) => {
      const o = e.run();
      return { name: o.name, passed: o.ok, mismatches: [...o.mismatches] };
    });
  const run: ExampleRun = {
    ranAt: ctx.clock.now().toISOString(),
    passed: results.filter((r) => r.passed).length,
    failed: results.filter((r) => !r.passed).length,
    results,
  };
  return { errors: [] as YamlError[], run, kind: c.kind };
}

/** POST …/versions/:v/run-examples — runs and stores the example results. */
export async function runExamples(ctx: AppContext, actor: Actor, policyId: string, version: number): Promise<ExampleRun> {
  const row = await requireVersion(ctx, policyId, version);
  const context = row.status === 'published' && row.effectiveFrom ? await contextAt(ctx, row.effectiveFrom) : undefined;
  const { errors, run } = await examplesOf(ctx, policyId, row.yaml, context);
  if (!run) throw invalidYaml(errors);
  await ctx.db.transaction(async (tx) => {
    await saveExampleRun(tx, policyId, version, run);
    await ctx.audit.record(tx, actor, {
      action: 'policy.version.examples',
      entity: 'policy',
      entityId: policyId,
      detail: { version, passed: run.passed, failed: run.failed },
    });
  });
  return run;
}

async function contextAt(ctx: AppContext, date: string) {
  return versionsInForce(await policyRegistryOf(ctx).publishedVersions(), date);
}

/**
 * POST …/versions/:v/publish — publishes a draft from `effectiveFrom` (today or later, after
 * the document's last scheduled version). Refused (422) when the YAML has an error in the
 * pack in force at that date, when the policy has no example, or when any example fails.
 */
export async function publishVersion(ctx: AppContext, actor: Actor, policyId: string, version: number, effectiveFrom: string): Promise<PolicyVersionDetail> {
  const row = await requireVersion(ctx, policyId, version);
  if (row.status !== 'draft') {
    throw fail('BOLE_POLICY_NOT_DRAFT', { version, state: { en: `is ${row.status}`, zh: `状态为 ${row.status}` } });
  }
  const day = today(ctx);
  if (effectiveFrom < day) {
    throw fail(
      'BOLE_POLICY_EFFECTIVE_DATE',
      { bound: { en: `today (${day}) or later: a publication never changes the past`, zh: `不得早于今天（${day}），发布不能追溯既往` } },
      [{ field: 'effectiveFrom', message: `must be on or after ${day}` }],
    );
  }
  const { errors, run, kind } = await examplesOf(ctx, policyId, row.yaml, await contextAt(ctx, effectiveFrom));
  if (!run) {
    throw invalidYaml(errors, { en: 'Cannot publish: ', zh: '无法发布：' });
  }
  if (kind === 'policy' && run.results.length === 0) {
    throw fail('BOLE_POLICY_NO_EXAMPLES', {}, [{ field: 'examples', message: 'needs at least one example case' }]);
  }
  if (run.failed > 0) {
    const failed = run.results.filter((r) => !r.passed);
    await ctx.db.transaction(async (tx) => {
      await saveExampleRun(tx, policyId, version, run);
      await ctx.audit.record(tx, actor, {
        action: 'policy.version.examples',
        entity: 'policy',
        entityId: policyId,
        detail: { version, passed: run.passed, failed: run.failed },
      });
    });
    throw fail(
      'BOLE_POLICY_EXAMPLES_FAILED',
      {
        failed: run.failed,
        total: run.results.length,
        examples: { en: failed.map((r) => `"${r.name}" (${r.mismatches.join('; ')})`).join(', '), zh: failed.map((r) => `“${r.name}”`).join('、') },
      },
      failed.map((r) => ({ field: 'examples', message: `${r.name}: ${r.mismatches.join('; ')}` })),
    );
  }
  const publishedAt = ctx.clock.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await lockPolicy(tx, policyId);
    const versions = await listVersionsOf(tx, policyId);
    if (versions.find((v) => v.version === version)?.status !== 'draft') {
      throw publishedMeanwhile(version);
    }
    const last = versions
      .filter((v) => v.status === 'published' && v.effectiveFrom !== null)
      .map((v) => v.effectiveFrom!)
      .sort()
      .pop();
    if (last !== undefined && effectiveFrom <= last) {
      throw fail(
        'BOLE_POLICY_EFFECTIVE_DATE',
        {
          bound: {
            en: `after ${last}, when the latest published version of ${policyId} takes effect`,
            zh: `必须晚于 ${last}（${policyId} 最新已发布版本的生效日期）`,
          },
        },
        [{ field: 'effectiveFrom', message: `must be after ${last}` }],
      );
    }
    const ok = await markPublished(tx, policyId, version, { effectiveFrom, by: actor.userId, at: publishedAt, examples: run });
    if (!ok) throw publishedMeanwhile(version);
    await ctx.audit.record(tx, actor, { action: 'policy.version.publish', entity: 'policy', entityId: policyId, detail: { version, effectiveFrom } });
  });
  policyRegistryOf(ctx).invalidate();
  return getVersion(ctx, policyId, version);
}

/**
 * POST …/versions/:v/retire — withdraws a draft, or a published version that has not taken
 * effect yet. A version already in force (or past) stays: past evaluations must remain
 * reproducible.
 */
export async function retireVersion(ctx: AppContext, actor: Actor, policyId: string, version: number): Promise<PolicyVersionDetail> {
  const row = await requireVersion(ctx, policyId, version);
  const day = today(ctx);
  if (row.status === 'published' && row.effectiveFrom !== null && row.effectiveFrom <= day) {
    throw fail('BOLE_POLICY_IN_EFFECT', { version, date: row.effectiveFrom });
  }
  await ctx.db.transaction(async (tx) => {
    await lockPolicy(tx, policyId);
    const ok = await markRetired(tx, policyId, version);
    if (!ok) throw fail('BOLE_POLICY_RETIRED', { version });
    await ctx.audit.record(tx, actor, { action: 'policy.version.retire', entity: 'policy', entityId: policyId, detail: { version, was: row.status } });
  });
  policyRegistryOf(ctx).invalidate();
  return getVersion(ctx, policyId, version);
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
