/**
 * Publishing a policy version takes two officers (ADR 0015): one requests the publication of a
 * draft from a date, a second officer approves it and only then is it published. Every check —
 * authoring errors in the pack in force at that date, at least one example, every example
 * passing, a date from today on and after the document's last publication — runs at the request
 * and again at the approval, which is refused with the reason when one no longer holds. Seeding
 * the pack at first start publishes directly (no person acts).
 */
import { POLICY_DOC_KIND_LABELS, type ExampleRun, type PolicyDocKind, type PolicyPublishChange, type PolicyVersionDetail } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { propose, withdrawPendingWithin, type SecondApprovalHandler } from '../approvals/approval.service.js';
import { policyRegistryOf } from './policy-registry.js';
import { contextAt, examplesOf, invalidYaml } from './policy-check.js';
import { getVersion, publicationSubject, recordExampleRun, requireVersion, today } from './policy.service.js';
import { listVersionsOf, lockPolicy, markPublished, markRetired, type VersionMeta } from './policy.repository.js';

type Actor = Pick<Principal, 'userId' | 'role'>;
type Officer = Pick<Principal, 'userId' | 'role' | 'department'>;

/** 409 when the version was published or retired while it was being checked. */
const publishedMeanwhile = (version: number) =>
  fail('BOLE_POLICY_NOT_DRAFT', { version, state: { en: 'was published or retired meanwhile', zh: '已被他人发布或停用' } });

/** 422 unless `effectiveFrom` comes after the document's latest published version's date. */
function assertAfterLastPublished(versions: readonly VersionMeta[], policyId: string, effectiveFrom: string): void {
  const last = versions
    .filter((v) => v.status === 'published' && v.effectiveFrom !== null)
    .map((v) => v.effectiveFrom!)
    .sort()
    .pop();
  if (last === undefined || effectiveFrom > last) return;
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

/**
 * Every check of a publication that reads (outside any transaction): a draft, from today or
 * later and after the last publication, without an authoring error in the pack in force at that
 * date, with examples that all pass (a failed run is kept on the version). Returns the run.
 */
async function publicationChecks(ctx: AppContext, actor: Actor, policyId: string, version: number, effectiveFrom: string): Promise<ExampleRun> {
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
  assertAfterLastPublished(await listVersionsOf(ctx.db, policyId), policyId, effectiveFrom);
  const { errors, run, kind } = await examplesOf(ctx, policyId, row.yaml, await contextAt(ctx, effectiveFrom));
  if (!run) {
    throw invalidYaml(errors, { en: 'Cannot publish: ', zh: '无法发布：' });
  }
  if (kind === 'policy' && run.results.length === 0) {
    throw fail('BOLE_POLICY_NO_EXAMPLES', {}, [{ field: 'examples', message: 'needs at least one example case' }]);
  }
  if (run.failed > 0) {
    const failed = run.results.filter((r) => !r.passed);
    await recordExampleRun(ctx, actor, policyId, version, run);
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
  return run;
}

/**
 * POST …/versions/:v/publish — requests the publication of a draft from `effectiveFrom`, checked
 * now (422 for an authoring error, a missing or failing example, a date in the past or not after
 * the last publication); published only when a second officer approves the request. A newer
 * request for the same version replaces a pending one.
 */
export async function requestPublication(
  ctx: AppContext,
  maker: Officer,
  policyId: string,
  version: number,
  effectiveFrom: string,
  reason: string | null,
): Promise<PolicyVersionDetail> {
  await publicationChecks(ctx, maker, policyId, version, effectiveFrom);
  const row = await requireVersion(ctx, policyId, version);
  const name = row.title ?? POLICY_DOC_KIND_LABELS[row.kind as PolicyDocKind];
  const change: PolicyPublishChange = { policyId, version, effectiveFrom };
  await propose(ctx, maker, {
    kind: 'policy_publish',
    subject: publicationSubject(policyId, version),
    scope: null,
    title: { zh: `${name.zh} 第 ${version} 版（${policyId}）`, en: `${name.en} — version ${version} (${policyId})` },
    change,
    reason,
    supersede: true,
  });
  return getVersion(ctx, policyId, version, maker);
}

/** Publishes an approved request: the checks run again, then the version is published from its date. */
export const policyPublicationHandler: SecondApprovalHandler = {
  async prepare(ctx, request, checker) {
    const c = request.change as PolicyPublishChange;
    return publicationChecks(ctx, checker, c.policyId, c.version, c.effectiveFrom);
  },
  async apply(ctx, tx, request, checker, run) {
    const { policyId, version, effectiveFrom } = request.change as PolicyPublishChange;
    await lockPolicy(tx, policyId);
    const versions = await listVersionsOf(tx, policyId);
    if (versions.find((v) => v.version === version)?.status !== 'draft') throw publishedMeanwhile(version);
    assertAfterLastPublished(versions, policyId, effectiveFrom);
    const publishedAt = ctx.clock.now().toISOString();
    const ok = await markPublished(tx, policyId, version, { effectiveFrom, by: request.madeBy, at: publishedAt, examples: run as ExampleRun });
    if (!ok) throw publishedMeanwhile(version);
    await ctx.audit.record(tx, checker, {
      action: 'policy.version.publish',
      entity: 'policy',
      entityId: policyId,
      detail: { version, effectiveFrom, requestedBy: request.madeBy, approvedBy: checker.userId, approval: request.id },
    });
    return { publishedAt };
  },
  afterApply(ctx) {
    policyRegistryOf(ctx).invalidate();
  },
};

/**
 * POST …/versions/:v/retire — withdraws a draft, or a published version that has not taken
 * effect yet. A version already in force (or past) stays: past evaluations must remain
 * reproducible.
 */
export async function retireVersion(ctx: AppContext, actor: Officer, policyId: string, version: number): Promise<PolicyVersionDetail> {
  const row = await requireVersion(ctx, policyId, version);
  const day = today(ctx);
  if (row.status === 'published' && row.effectiveFrom !== null && row.effectiveFrom <= day) {
    throw fail('BOLE_POLICY_IN_EFFECT', { version, date: row.effectiveFrom });
  }
  await ctx.db.transaction(async (tx) => {
    await lockPolicy(tx, policyId);
    const ok = await markRetired(tx, policyId, version);
    if (!ok) throw fail('BOLE_POLICY_RETIRED', { version });
    // A retired draft can no longer be published: a request waiting for a second officer closes with it.
    await withdrawPendingWithin(ctx, tx, actor, 'policy_publish', publicationSubject(policyId, version), '版本已停用 / the version was retired');
    await ctx.audit.record(tx, actor, { action: 'policy.version.retire', entity: 'policy', entityId: policyId, detail: { version, was: row.status } });
  });
  policyRegistryOf(ctx).invalidate();
  return getVersion(ctx, policyId, version, actor);
}
