/** Database access for postings, their skills, contacts with talents and profile views. */
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { postingContacts, postingSkills, postings, profileViews } from './posting.table.js';
import { skills } from './skill.table.js';

type Conn = Db | Tx;

/** A posting row. */
export type PostingRow = typeof postings.$inferSelect;
/** Values of a new posting. */
export type NewPostingRow = typeof postings.$inferInsert;

/** Inserts a posting and its skills; returns its id. */
export async function insertPosting(tx: Tx, row: NewPostingRow, skillRows: { skillId: number; required: boolean }[]): Promise<string> {
  const [created] = await tx.insert(postings).values(row).returning({ id: postings.id });
  await tx.insert(postingSkills).values(skillRows.map((s) => ({ postingId: created!.id, ...s })));
  return created!.id;
}

/** Postings with employer name and skill codes: by employer, by id, or the open ones closing on or after `today`. */
export async function readPostings(conn: Conn, where: { employerId?: string; id?: string; openOn?: string }) {
  const rows = await conn
    .select({ p: postings, employerName: employers.name })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(
      and(
        where.employerId ? eq(postings.employerId, where.employerId) : undefined,
        where.id ? eq(postings.id, where.id) : undefined,
        where.openOn ? and(eq(postings.status, 'open'), gte(postings.closesOn, where.openOn)) : undefined,
      ),
    )
    .orderBy(desc(postings.createdAt), asc(postings.id));
  if (rows.length === 0) return [];
  const skillRows = await conn
    .select({ postingId: postingSkills.postingId, code: skills.code, required: postingSkills.required })
    .from(postingSkills)
    .innerJoin(skills, eq(skills.id, postingSkills.skillId))
    .where(
      inArray(
        postingSkills.postingId,
        rows.map((r) => r.p.id),
      ),
    )
    .orderBy(asc(skills.code));
  return rows.map((r) => ({
    ...r.p,
    employerName: r.employerName,
    requiredSkills: skillRows.filter((s) => s.postingId === r.p.id && s.required).map((s) => s.code),
    optionalSkills: skillRows.filter((s) => s.postingId === r.p.id && !s.required).map((s) => s.code),
  }));
}

/** Names of talents by id. */
export async function talentNames(conn: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await conn.select({ id: talents.id, name: talents.name }).from(talents).where(inArray(talents.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Contacts of a posting (by talent) or of a talent (by posting). */
export async function readContacts(conn: Conn, where: { postingId?: string; talentId?: string }) {
  return conn
    .select({ c: postingContacts, postingTitle: postings.title, employerName: employers.name, employerId: postings.employerId })
    .from(postingContacts)
    .innerJoin(postings, eq(postings.id, postingContacts.postingId))
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(
      and(
        where.postingId ? eq(postingContacts.postingId, where.postingId) : undefined,
        where.talentId ? eq(postingContacts.talentId, where.talentId) : undefined,
      ),
    )
    .orderBy(desc(postingContacts.createdAt));
}

/** Records a contact; null when the talent and posting already have one. */
export async function insertContact(tx: Tx, row: typeof postingContacts.$inferInsert): Promise<string | null> {
  const [created] = await tx.insert(postingContacts).values(row).onConflictDoNothing().returning({ id: postingContacts.id });
  return created?.id ?? null;
}

/** Sets a pending contact's decision; false when it is not the talent's pending contact. */
export async function decideContact(tx: Tx, id: string, talentId: string, status: 'accepted' | 'declined', at: Date): Promise<boolean> {
  const rows = await tx
    .update(postingContacts)
    .set({ status, decidedAt: at })
    .where(and(eq(postingContacts.id, id), eq(postingContacts.talentId, talentId), eq(postingContacts.status, 'pending')))
    .returning({ id: postingContacts.id });
  return rows.length === 1;
}

/** Records that an employer looked at talents' profiles. */
export async function insertProfileViews(tx: Tx, rows: (typeof profileViews.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(profileViews).values(rows);
}

/** Who looked at a talent's profile, newest first. */
export async function readProfileViews(conn: Conn, talentId: string, limit = 100) {
  return conn
    .select({ employerName: employers.name, postingTitle: postings.title, viewedAt: profileViews.viewedAt })
    .from(profileViews)
    .innerJoin(employers, eq(employers.id, profileViews.employerId))
    .leftJoin(postings, eq(postings.id, profileViews.postingId))
    .where(eq(profileViews.talentId, talentId))
    .orderBy(desc(profileViews.viewedAt))
    .limit(limit);
}
