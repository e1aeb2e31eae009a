/** The sweep (officer) and 我的待遇 (talent) calls. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyBenefits, SweepDiff, SweepJob, SweepList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Latest sweeps. */
export function useSweeps() {
  return useQuery({ queryKey: queryKeys.sweeps.list, queryFn: () => api.get<SweepList>('/sweeps') });
}

/** One sweep, polled every second while it runs. */
export function useSweep(id: string | null) {
  return useQuery({
    queryKey: queryKeys.sweeps.one(id),
    queryFn: () => api.get<SweepJob>(`/sweeps/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
}

/** A finished sweep's diff. */
export function useSweepDiff(id: string | null, done: boolean) {
  return useQuery({ queryKey: queryKeys.sweeps.diff(id), queryFn: () => api.get<SweepDiff>(`/sweeps/${id}/diff?pageSize=50`), enabled: !!id && done });
}

/** Starts a sweep. */
export function useStartSweep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (at: string) => api.post<SweepJob>('/sweeps', { at }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.sweeps.list }),
  });
}

/** The talent's benefits. */
export function useMyBenefits() {
  return useQuery({ queryKey: queryKeys.benefits.mine, queryFn: () => api.get<MyBenefits>('/benefits/mine') });
}
