/**
 * Matching both ways: the ranked discoverable talents of a posting (masked until the talent
 * accepts contact; every look recorded for the talent and audited) and the ranked open postings
 * of a talent, each with the score's parts and its top reasons; invitations, applications and
 * the talent's decision on contact.
 */
import {
  SCORE_PART_LABELS,
  businessDate,
  scoreReason,
  type Bilingual,
  type Candidate,
  type Opportunity,
  type PostingContact,
  type ProfileView,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, forbidden, notFound } from '../http/errors.js';
import { scoreMatch, type ScoreBreakdown } from './match-scoring.js';
import { matchIndex, readyMatchIndex } from './match-index.holder.js';
import { discoverableTalent, rankTalentsBySql, scoredPosting } from './match.repository.js';
import { decideContact, insertContact, insertProfileViews, readContacts, readPostings, readProfileViews, talentNames } from './posting.repository.js';
import { listOpenPostings, getPosting } from './posting.service.js';

/** How many candidates a posting lists. */
export const CANDIDATES_SHOWN = 20;

/** The three largest parts of a score, in words. */
export function topReasons(score: ScoreBreakdown): Bilingual[] {
  return (Object.keys(SCORE_PART_LABELS) as (keyof typeof SCORE_PART_LABELS)[])
    .filter((part) => score[part] > 0)
    .sort((a, b) => score[b] - score[a])
    .slice(0, 3)
    .map((part) => scoreReason(part, score[part]));
}

const maskName = (name: string) => `${[...name][0] ?? ''}**`;
const postingNotFound = () => notFound({ en: 'The posting', zh: '该岗位' });

async function ownPosting(ctx: AppContext, principal: Principal, postingId: string) {
  const [row] = await readPostings(ctx.db, { id: postingId });
  if (!row) throw postingNotFound();
  if (row.employerId !== principal.employerId) throw forbidden();
  return row;
}

/** The posting's best talents, best first; the index when ready, else the SQL path (equal rankings). */
export async function listCandidates(
  ctx: AppContext,
  principal: Principal,
  postingId: string,
): Promise<{ postingId: string; source: 'index' | 'sql'; candidates: Candidate[] }> {
  await ownPosting(ctx, principal, postingId);
  const index = readyMatchIndex(ctx);
  const posting = (await scoredPosting(ctx.db, postingId))!;
  const ranked = index ? index.top(posting, CANDIDATES_SHOWN) : await rankTalentsBySql(ctx.db, postingId, CANDIDATES_SHOWN);
  const names = await talentNames(
    ctx.db,
    ranked.map((r) => r.id),
  );
  const contacts = new Map((await readContacts(ctx.db, { postingId })).map((c) => [c.c.talentId, c.c.status as Candidate['contactStatus']]));
  const candidates = ranked.map((r) => {
    const status = contacts.get(r.id) ?? 'none';
    const name = names.get(r.id) ?? '';
    return {
      talentId: r.id,
      name: status === 'accepted' ? name : maskName(name),
      contactAccepted: status === 'accepted',
      contactStatus: status,
      score: r.score,
      reasons: topReasons(r.score),
    };
  });
  await ctx.db.transaction(async (tx) => {
    const viewedAt = ctx.clock.now();
    await insertProfileViews(
      tx,
      candidates.map((c) => ({ talentId: c.talentId, employerId: principal.employerId!, postingId, viewedAt })),
    );
    await ctx.audit.record(tx, principal, {
      action: 'match.candidates.view',
      entity: 'posting',
      entityId: postingId,
      detail: { talentIds: candidates.map((c) => c.talentId) },
    });
  });
  return { postingId, source: index ? 'index' : 'sql', candidates };
}

/** The talent's open postings ranked for them (only those whose gates they pass), with contact states. */
export async function listOpportunities(ctx: AppContext, talentId: string): Promise<Opportunity[]> {
  const index = await matchIndex(ctx);
  const me = await discoverableTalent(ctx.db, talentId);
  if (!me) return [];
  const levels = new Map(me.skills.map((s) => [s.skill, s.level]));
  const contacts = new Map((await readContacts(ctx.db, { talentId })).map((c) => [c.c.postingId, c.c.status as Opportunity['contactStatus']]));
  const out: Opportunity[] = [];
  for (const posting of await listOpenPostings(ctx)) {
    const p = (await scoredPosting(ctx.db, posting.id))!;
    const w = index.weights(p);
    const score = scoreMatch(
      p,
      me,
      { level: (s) => levels.get(s) ?? 0 },
      (s) => w.get(s) ?? 0,
      (s) => index.relatedOf(s),
    );
    if (score) out.push({ posting, score, reasons: topReasons(score), contactStatus: contacts.get(posting.id) ?? 'none' });
  }
  return out.sort((a, b) => b.score.total - a.score.total || (a.posting.id < b.posting.id ? -1 : 1));
}

/** The employer invites a talent to a posting (pending until the talent accepts). */
export async function invite(ctx: AppContext, principal: Principal, postingId: string, talentId: string): Promise<void> {
  await ownPosting(ctx, principal, postingId);
  if (!(await discoverableTalent(ctx.db, talentId))) throw notFound({ en: 'The discoverable talent', zh: '该人才（未公开或不存在）' });
  await ctx.db.transaction(async (tx) => {
    const id = await insertContact(tx, { postingId, talentId, initiator: 'employer', status: 'pending', createdAt: ctx.clock.now() });
    if (!id) throw fail('BOLE_ALREADY_CONTACTED');
    await ctx.audit.record(tx, principal, { action: 'match.invite', entity: 'posting', entityId: postingId, detail: { talentId } });
  });
}

/** The talent applies to an open posting: contact accepted at once. */
export async function apply(ctx: AppContext, principal: Principal, talentId: string, postingId: string): Promise<void> {
  const posting = await getPosting(ctx, postingId);
  if (posting.status !== 'open' || posting.closesOn < businessDate(ctx.clock.now())) throw fail('BOLE_POSTING_CLOSED');
  await ctx.db.transaction(async (tx) => {
    const id = await insertContact(tx, {
      postingId,
      talentId,
      initiator: 'talent',
      status: 'accepted',
      createdAt: ctx.clock.now(),
      decidedAt: ctx.clock.now(),
    });
    if (!id) throw fail('BOLE_ALREADY_CONTACTED');
    await ctx.audit.record(tx, principal, { action: 'match.apply', entity: 'posting', entityId: postingId, detail: { talentId } });
  });
}

/** The talent accepts or declines an invitation. */
export async function decide(ctx: AppContext, principal: Principal, talentId: string, contactId: string, accept: boolean): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await decideContact(tx, contactId, talentId, accept ? 'accepted' : 'declined', ctx.clock.now())))
      throw notFound({ en: 'The pending invitation', zh: '该待处理邀请' });
    await ctx.audit.record(tx, principal, {
      action: accept ? 'match.contact.accept' : 'match.contact.decline',
      entity: 'posting_contact',
      entityId: contactId,
    });
  });
}

/** The talent's invitations and applications. */
export async function myContacts(ctx: AppContext, talentId: string): Promise<PostingContact[]> {
  return (await readContacts(ctx.db, { talentId })).map((r) => ({
    id: r.c.id,
    postingId: r.c.postingId,
    postingTitle: r.postingTitle,
    employerName: r.employerName,
    initiator: r.c.initiator as PostingContact['initiator'],
    status: r.c.status as PostingContact['status'],
    createdAt: r.c.createdAt.toISOString(),
  }));
}

/** Who looked at the talent's profile. */
export async function myProfileViews(ctx: AppContext, talentId: string): Promise<ProfileView[]> {
  return (await readProfileViews(ctx.db, talentId)).map((v) => ({
    employerName: v.employerName,
    postingTitle: v.postingTitle,
    viewedAt: v.viewedAt.toISOString(),
  }));
}
