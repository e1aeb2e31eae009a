/** The officer's searchable talent list. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IdNumberDisputeList, ResolveIdDisputeBody, TalentDetail, TalentExport, TalentExportBody, TalentListPage, TalentListQuery } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /talents with the given filters; keeps showing the previous page while the next loads. */
export function useTalentList(query: TalentListQuery) {
  return useQuery({
    queryKey: queryKeys.talents.list(query),
    queryFn: () => api.get<TalentListPage>(`/talents${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /talents/id-number-disputes: ID numbers a talent gave that another talent holds. */
export function useIdDisputes() {
  return useQuery({ queryKey: queryKeys.talents.idDisputes, queryFn: () => api.get<IdNumberDisputeList>('/talents/id-number-disputes') });
}

/** POST /talents/:id/id-number-dispute: settles one; the list and the talent list refresh. */
export function useResolveIdDispute() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ claimantId, body }: { claimantId: string; body: ResolveIdDisputeBody }) =>
      api.post<IdNumberDisputeList>(`/talents/${claimantId}/id-number-dispute`, body),
    onSuccess: (list) => {
      client.setQueryData(queryKeys.talents.idDisputes, list);
      void client.invalidateQueries({ queryKey: queryKeys.talents.lists });
    },
  });
}

/** GET /talents/:id/detail: one talent's file for the office (masked; the read is audited). */
export function useTalentDetail(id: string) {
  return useQuery({ queryKey: queryKeys.talents.detail(id), queryFn: () => api.get<TalentDetail>(`/talents/${id}/detail`) });
}

/** POST /talent-exports: starts the export of the filtered list to Excel. */
export function useStartTalentExport() {
  return useMutation({ mutationFn: (body: TalentExportBody) => api.post<TalentExport>('/talent-exports', body) });
}

/** GET /talent-exports/:id, polled every second while the export runs (none while `id` is null). */
export function useTalentExport(id: string | null) {
  return useQuery({
    queryKey: queryKeys.talents.export(id ?? ''),
    enabled: id !== null,
    queryFn: () => api.get<TalentExport>(`/talent-exports/${id}`),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
}

/** Where the finished workbook of an export downloads from. */
export const talentExportFileUrl = (id: string) => `/api/v1/talent-exports/${id}/file`;
