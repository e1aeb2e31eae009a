/** The audit-log viewer: filtered pages with the actor's name, and the same filters as an Excel export (itself audited). */
import { ACTOR_LABELS, AUDIT_EXPORT_MAX_ROWS, businessDate, type AuditFilter, type AuditPage, type AuditQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { tableWorkbook } from '../platform/table-workbook.js';
import { listAuditEntries } from './audit.repository.js';

/** A page of entries, newest first. */
export async function auditPage(ctx: AppContext, q: AuditQuery): Promise<AuditPage> {
  const { page, pageSize, ...filter } = q;
  const { rows, total } = await listAuditEntries(ctx.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const items = rows.map(({ prevHash: _p, ...r }) => ({ ...r, at: new Date(r.at).toISOString() }));
  return { items, total, page, pageSize };
}

const HEADERS = [
  '编号 No.',
  '时间 Time (Asia/Shanghai)',
  '操作人 Actor',
  '角色 Role',
  '操作 Action',
  '对象 Entity',
  '对象编号 Entity ID',
  '详情 Detail',
  '哈希 Hash',
];

const shanghai = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** The entries matching `filter` (newest first, at most AUDIT_EXPORT_MAX_ROWS) as a workbook; the export is recorded. */
export async function auditWorkbook(ctx: AppContext, actor: Principal, filter: AuditFilter): Promise<{ fileName: string; data: Buffer }> {
  const { rows, total } = await listAuditEntries(ctx.db, { ...filter, limit: AUDIT_EXPORT_MAX_ROWS, offset: 0 });
  const data = await tableWorkbook(
    '审计日志 Audit log',
    HEADERS,
    rows.map((r) => [
      r.id,
      shanghai(r.at),
      r.actorName ?? r.actorId ?? `${ACTOR_LABELS.system.zh} ${ACTOR_LABELS.system.en}`,
      r.actorRole,
      r.action,
      r.entity,
      r.entityId,
      JSON.stringify(r.detail),
      r.hash,
    ]),
  );
  await ctx.audit.record(ctx.db, actor, { action: 'audit.export', entity: 'audit_log', entityId: null, detail: { filter, rows: rows.length, total } });
  return { fileName: `audit-log-${businessDate(ctx.clock.now())}.xlsx`, data };
}
