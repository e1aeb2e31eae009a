/** The talent list exported to Excel: a job the office starts, watches and downloads from. */
import { z } from 'zod';
import { talentListQuery } from './talent.schema.js';

/** The most rows one export writes (the list's order decides which). */
export const TALENT_EXPORT_MAX_ROWS = 200_000;
/** Rows read and written per step; the job's progress moves once per step. */
export const TALENT_EXPORT_STEP = 1_000;

/** POST /api/v1/talent-exports: the list's filters and order (the page is not part of it). */
export const talentExportBody = talentListQuery.pick({ q: true, district: true, chain: true, degree: true, tier: true, sort: true }).strict();
export type TalentExportBody = z.infer<typeof talentExportBody>;

export const TALENT_EXPORT_STATUSES = ['running', 'done', 'failed'] as const;

/** An export job: its progress (`processed` of `total` rows) and, once done, the file's name. */
export const talentExport = z.object({
  id: z.string().uuid(),
  status: z.enum(TALENT_EXPORT_STATUSES),
  processed: z.number().int(),
  /** The rows to write (the planner's estimate on very large lists until the job ends). */
  total: z.number().int(),
  fileName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TalentExport = z.infer<typeof talentExport>;

export const talentExportParams = z.object({ id: z.string().uuid('must be an export id (UUID)') }).strict();
