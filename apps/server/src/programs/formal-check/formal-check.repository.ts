/** Database access of the formal check: one application locked with its program, its changes, and the same applicants' other applications. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { programApplications, programs } from '../program.table.js';
import type { OtherApplication } from './formal-check.rules.js';

type Conn = Db | Tx;

/** One application with its program, locked until the transaction ends. */
export async function lockApplicationWithProgram(tx: Tx, id: string) {
  const [r] = await tx
    .select({ application: programApplications, program: programs })
    .from(programApplications)
    .innerJoin(programs, eq(programs.id, programApplications.programId))
    .where(eq(programApplications.id, id))
    .for('update', { of: programApplications });
  return r;
}

/** Writes the formal-check state and any completed parts of the form. */
export async function updateApplication(tx: Tx, id: string, changes: Partial<typeof programApplications.$inferInsert>): Promise<void> {
  await tx.update(programApplications).set(changes).where(eq(programApplications.id, id));
}

/** The other programs' applications of these talents, with each call's closing date. */
export async function otherApplicationsOf(conn: Conn, programId: string, talentIds: readonly string[]): Promise<(OtherApplication & { talentId: string })[]> {
  if (talentIds.length === 0) return [];
  return conn
    .select({
      id: programApplications.id,
      programId: programApplications.programId,
      title: programApplications.title,
      talentId: programApplications.talentId,
      closesOn: sql<string>`${programs.closesOn}::text`,
    })
    .from(programApplications)
    .innerJoin(programs, eq(programs.id, programApplications.programId))
    .where(and(inArray(programApplications.talentId, [...talentIds]), ne(programApplications.programId, programId)));
}
