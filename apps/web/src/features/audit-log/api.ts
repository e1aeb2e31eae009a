/** The audit log (GET /audit, /audit/verify, /audit/checkpoints), for auditors and administrators. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditCheckpointList, AuditFilter, AuditPage, AuditQuery, AuditVerifyResult } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** A filtered page of entries, newest first. */
export function useAuditEntries(query: AuditQuery) {
  return useQuery({
    queryKey: queryKeys.audit.page(query),
    queryFn: () => api.get<AuditPage>(`/audit${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The chain walked end to end, and the signed checkpoints kept beside it. */
export function useAuditChain() {
  return useQuery({
    queryKey: queryKeys.audit.chain,
    queryFn: async () => {
      const [verify, checkpoints] = await Promise.all([api.get<AuditVerifyResult>('/audit/verify'), api.get<AuditCheckpointList>('/audit/checkpoints')]);
      return { verify, lastCheckpoint: checkpoints.items[0] ?? null };
    },
  });
}

/** Where the workbook of the entries matching `filter` downloads from. */
export const exportHref = (filter: AuditFilter) => `/api/v1/audit/export${toQueryString({ ...filter })}`;
