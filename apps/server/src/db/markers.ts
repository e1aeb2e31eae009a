/** Instance-wide one-time markers in `settings` (the demo city seeded, earlier decisions' facts filled in). */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from './database.js';
import { settings } from './settings.table.js';

/** Whether a settings marker exists. */
export async function hasMarker(db: Db | Tx, key: string): Promise<boolean> {
  return (await db.select({ key: settings.key }).from(settings).where(eq(settings.key, key))).length > 0;
}

/** Records a settings marker (kept as it is when another node recorded it first). */
export async function setMarker(tx: Tx, key: string, value: Record<string, unknown>, at: Date): Promise<void> {
  await tx.insert(settings).values({ key, value, updatedAt: at }).onConflictDoNothing();
}
