/** The sweep (officer) and 我的待遇 (talent) calls. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyBenefits, SweepDiff, SweepDiffQuery, SweepJob, SweepList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Latest sweeps. */
export function useSweeps() {
  return useQuery({ queryKey: queryKeys.sweeps.list, queryFn: () => api.get<SweepList>('/sweeps') });
}

/** One sweep, polled every second while its preview is computed or its confirmation written. */
export function useSweep(id: string | null) {
  return useQuery({
    queryKey: queryKeys.sweeps.one(id),
    queryFn: () => api.get<SweepJob>(`/sweeps/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.status === 'running' || q.state.data?.status === 'confirming' ? 1000 : false),
  });
}

/** The query string of a filter (also the Excel link's). */
export function changesQuery(f: Partial<SweepDiffQuery>): string {
  const q = new URLSearchParams();
  if (f.change) q.set('change', f.change);
  if (f.policy) q.set('policy', f.policy);
  if (f.page) q.set('page', String(f.page));
  if (f.pageSize) q.set('pageSize', String(f.pageSize));
  return q.toString();
}

/** A computed sweep's diff: totals, by policy, and one page of the per-person list. */
export function useSweepDiff(id: string | null, ready: boolean, filter: SweepDiffQuery) {
  const query = changesQuery(filter);
  return useQuery({
    queryKey: queryKeys.sweeps.changes(id, query),
    queryFn: () => api.get<SweepDiff>(`/sweeps/${id}/diff?${query}`),
    enabled: !!id && ready,
    placeholderData: (previous) => previous,
  });
}

/** Makes a sweep preview. */
export function useStartSweep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (at: string) => api.post<SweepJob>('/sweeps', { at }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.sweeps.list }),
  });
}

/** A second officer confirms a preview. */
export function useConfirmSweep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<SweepJob>(`/sweeps/${id}/confirm`, {}),
    onSuccess: (job) => {
      qc.setQueryData(queryKeys.sweeps.one(job.id), job);
      return qc.invalidateQueries({ queryKey: queryKeys.sweeps.all });
    },
  });
}

/** The talent's benefits. */
export function useMyBenefits() {
  return useQuery({ queryKey: queryKeys.benefits.mine, queryFn: () => api.get<MyBenefits>('/benefits/mine') });
}
