/**
 * Database access for awards: the panel's decision stored on its application (`award`), the
 * award list's public notice on its program (`award_notice`), and what the notice shows. The
 * only file of awards that touches Drizzle.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AwardNotice, AwardRecord } from '@bole/contracts';
import type { Db, Tx } from '../../db/database.js';
import { talents } from '../../talents/talent.table.js';
import { programApplications, programs } from '../program.table.js';

type Conn = Db | Tx;

/** Every application of a program with its title and decision, oldest first. */
export async function awardsOfProgram(conn: Conn, programId: string) {
  return conn
    .select({ id: programApplications.id, title: programApplications.title, talentId: programApplications.talentId, award: programApplications.award })
    .from(programApplications)
    .where(eq(programApplications.programId, programId))
    .orderBy(asc(programApplications.submittedAt), asc(programApplications.id));
}

/** Locks a program's row (decisions on its budget are serialised) and returns it. */
export async function lockProgramRow(tx: Tx, programId: string) {
  const [r] = await tx.select().from(programs).where(eq(programs.id, programId)).for('update');
  return r;
}

/** Writes (or clears) an application's decision. */
export async function saveAward(tx: Tx, applicationId: string, award: AwardRecord | null): Promise<void> {
  await tx.update(programApplications).set({ award }).where(eq(programApplications.id, applicationId));
}

/** Publishes a program's award list for its notice period. */
export async function saveAwardNotice(tx: Tx, programId: string, notice: AwardNotice): Promise<void> {
  await tx.update(programs).set({ awardNotice: notice }).where(eq(programs.id, programId));
}

/** Awarded applications of programs whose award list is published and whose notice has not ended before `today`, with the applicant's name. */
export async function noticedAwards(conn: Conn, today: string) {
  return conn
    .select({
      applicationId: programApplications.id,
      title: programApplications.title,
      award: programApplications.award,
      talentName: talents.name,
      programName: programs.name,
      notice: programs.awardNotice,
    })
    .from(programApplications)
    .innerJoin(programs, eq(programs.id, programApplications.programId))
    .innerJoin(talents, eq(talents.id, programApplications.talentId))
    .where(
      and(
        isNotNull(programs.awardNotice),
        sql`${programs.awardNotice}->>'startsOn' <= ${today} and ${programs.awardNotice}->>'endsOn' >= ${today}`,
        sql`${programApplications.award}->>'outcome' = 'awarded'`,
      ),
    )
    .orderBy(asc(programs.code), asc(programApplications.submittedAt));
}
