/** A second-approval request as the API shows it to a reader. */
import type { SecondApproval } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { inRemit, type ApprovalNamedRow } from './approval.service.js';

const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());

/** The request with what the reader may do with it (`madeByYou`, `mayCheck`). */
export function presentApproval(ctx: AppContext, row: ApprovalNamedRow, reader: Pick<Principal, 'userId' | 'role' | 'department'>): SecondApproval {
  const madeByYou = row.madeBy === reader.userId;
  return {
    id: row.id,
    kind: row.kind,
    change: row.change,
    title: row.title,
    subject: row.subject,
    scope: row.scope,
    status: row.status,
    reason: row.reason,
    madeBy: row.madeBy,
    madeByName: row.madeByName,
    madeAt: iso(row.madeAt)!,
    madeByYou,
    mayCheck: row.status === 'pending' && !madeByYou && inRemit(ctx, reader, row.scope),
    checkedBy: row.checkedBy,
    checkedByName: row.checkedByName,
    decidedAt: iso(row.decidedAt),
    note: row.note,
    outcome: row.outcome,
  } as SecondApproval;
}
