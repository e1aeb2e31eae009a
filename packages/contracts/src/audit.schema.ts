/** The audit-log viewer (auditors and administrators): filters, entries, chain state, export. */
import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common.schema.js';

/** Filters of the audit log; dates are business dates (Asia/Shanghai), both ends included. */
export const auditFilter = z
  .object({
    /** Part of the actor's name or login. */
    actor: z.string().trim().min(1).max(64).optional(),
    entity: z.string().trim().min(1).max(64).optional(),
    entityId: z.string().trim().min(1).max(128).optional(),
    /** An action or its prefix (`account.` finds every account action). */
    action: z.string().trim().min(1).max(64).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilter>;

/** GET /api/v1/audit: a page of entries, newest first. */
export const auditQuery = pageQuery.extend(auditFilter.shape).strict();
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  /** The actor's display name (null for the system or an account since removed). */
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditPage = pageOf(auditEntry);
export type AuditPage = z.infer<typeof auditPage>;

/** The chain walked against its checkpoints. */
export const auditVerifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAtId: z.number().int().optional(),
  reason: z.string().optional(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const auditCheckpoint = z.object({
  at: z.string(),
  count: z.number().int(),
  headId: z.number().int(),
  headHash: z.string(),
  valid: z.boolean(),
});
export const auditCheckpointList = z.object({ items: z.array(auditCheckpoint) });
export type AuditCheckpointList = z.infer<typeof auditCheckpointList>;

/** The most rows one export holds (narrow the filters for more). */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
