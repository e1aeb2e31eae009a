/** The talent's side of applications: the apply list, applying, their applications, resubmission, appeal, bundle. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicablePolicyList,
  ApplicationDetail,
  ApplicationList,
  BundleBody,
  BundleResult,
  CreateApplicationBody,
  ResubmitApplicationBody,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Apply-policies the engine grants the signed-in talent today. */
export function useApplicable() {
  return useQuery({ queryKey: queryKeys.applications.applicable, queryFn: () => api.get<ApplicablePolicyList>('/applications/applicable') });
}

/** The talent's applications. */
export function useMyApplications() {
  return useQuery({ queryKey: queryKeys.applications.mine, queryFn: () => api.get<ApplicationList>('/applications/mine') });
}

/** One application with its timeline. */
export function useApplication(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.applications.one(id), queryFn: () => api.get<ApplicationDetail>(`/applications/${id}`), enabled: !!id });
}

/** Evidence on file for the talent. */
export { useEvidenceOnFile } from '../../shared/api/evidence';

/** Mutations; each refreshes the application queries. */
export function useApplicationActions() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: queryKeys.applications.all });
  return {
    apply: useMutation({ mutationFn: (body: CreateApplicationBody) => api.post<ApplicationDetail>('/applications', body), onSuccess: done }),
    resubmit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ResubmitApplicationBody }) => api.post<ApplicationDetail>(`/applications/${id}/resubmit`, body),
      onSuccess: done,
    }),
    appeal: useMutation({
      mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<ApplicationDetail>(`/applications/${id}/appeal`, { reason }),
      onSuccess: done,
    }),
    bundle: useMutation({ mutationFn: (body: Partial<BundleBody>) => api.post<BundleResult>('/applications/bundle', body), onSuccess: done }),
  };
}

export { uploadEvidence } from '../../shared/api/evidence';
