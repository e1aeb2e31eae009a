/**
 * Settings of the recognition flow, kept as data (the `settings` table) so the office can
 * change them without a release: the public notice length in working days (default 5) and how
 * long a granted tier is valid (default 3 years).
 */
import { recognitionSettings, type RecognitionSettings } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { readSettings, writeSettings } from './recognition.repository.js';

/** Defaults when the office has not changed anything. */
export const DEFAULT_RECOGNITION_SETTINGS: RecognitionSettings = { noticeWorkingDays: 5, validityYears: 3 };

/** The settings in force. */
export async function recognitionSettingsOf(ctx: AppContext): Promise<RecognitionSettings> {
  const stored = await readSettings(ctx.db);
  const parsed = recognitionSettings.partial().safeParse(stored ?? {});
  return { ...DEFAULT_RECOGNITION_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** PUT /api/v1/recognitions/settings (office), audited with the old and new values. */
export async function updateRecognitionSettings(ctx: AppContext, principal: Principal, value: RecognitionSettings): Promise<RecognitionSettings> {
  const before = await recognitionSettingsOf(ctx);
  await ctx.db.transaction(async (tx) => {
    await writeSettings(tx, value, ctx.clock.now());
    await ctx.audit.record(tx, principal, { action: 'recognition.settings', entity: 'settings', entityId: 'recognition', detail: { before, after: value } });
  });
  return value;
}
