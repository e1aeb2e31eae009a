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

/** The value of a settings marker, or null when it was never recorded. */
export async function markerValue(db: Db | Tx, key: string): Promise<Record<string, unknown> | null> {
  const rows = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return (rows[0]?.value as Record<string, unknown> | undefined) ?? null;
}
