/**
 * The new-arrival bundle (新市民“一件事”): recognition and every apply-policy the talent
 * qualifies for today, opened in one go; what cannot be opened is skipped with its reason.
 */
import type { BundleBody, BundleResult } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { AppError } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { requestRecognition } from '../recognition/recognition.service.js';
import { evaluateTalent, openApplication, ownTalentId, refusalOf, talentOf } from './application.service.js';

/** A refusal as a skipped item of the bundle; anything but a client-side refusal is rethrown. */
function skippedFor(item: string, e: unknown): BundleResult['skipped'][number] {
  if (!(e instanceof AppError) || e.status >= 500) throw e;
  return { item, code: e.code, why: { zh: e.messageZh ?? e.message, en: e.message } };
}

/** A context whose database handle is a transaction: services called with it run inside `tx`. */
function withinTransaction(ctx: AppContext, tx: Tx): AppContext {
  return { ...ctx, db: tx as unknown as Db };
}

/**
 * POST /api/v1/applications/bundle (新市民“一件事”): in one transaction, requests recognition
 * (through the recognition service, in a savepoint) and opens an application for every
 * apply-policy the engine grants today whose evidence is on file. Returns what was opened and
 * what was skipped, and why; a skipped item changes nothing.
 */
export async function applyBundle(ctx: AppContext, principal: Principal, body: BundleBody, ip: string | null = null): Promise<BundleResult> {
  const talentId = ownTalentId(principal);
  const today = businessDate(ctx.clock.now());
  const te = await evaluateTalent(ctx, talentId, today);
  return ctx.db.transaction(async (tx) => {
    const talent = await talentOf(ctx, tx, talentId);
    const skipped: BundleResult['skipped'] = [];
    const opened: BundleResult['opened'] = [];
    let recognitionId: string | null = null;
    if (body.recognition) {
      try {
        recognitionId = (await tx.transaction(async (sp) => requestRecognition(withinTransaction(ctx, sp), principal, {}, ip))).id;
      } catch (e) {
        skipped.push(skippedFor('recognition', e));
      }
    }
    for (const r of te.evaluation.results) {
      const p = te.resolved.pack.policies.find((x) => x.id === r.policy)!;
      if (p.doc.mode !== 'apply' || !r.eligible) continue;
      const refusal = refusalOf(te, p.id);
      if (refusal) {
        skipped.push(skippedFor(p.id, refusal));
        continue;
      }
      try {
        const row = await tx.transaction(async (sp) => openApplication(ctx, sp, principal, te, talent, r, body.evidence?.[p.id] ?? [], ip, 'bundle'));
        opened.push({ policyId: p.id, applicationId: row.id, title: p.doc.title });
      } catch (e) {
        skipped.push(skippedFor(p.id, e));
      }
    }
    await ctx.audit.record(
      tx,
      principal,
      {
        action: 'application.bundle',
        entity: 'talent',
        entityId: talentId,
        detail: { at: today, recognitionId, opened: opened.map((o) => o.applicationId), skipped: skipped.map((s) => `${s.item}:${s.code}`) },
      },
      ip,
    );
    return { at: today, recognitionId, opened, skipped };
  });
}
