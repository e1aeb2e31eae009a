/** The recognition API: the talent's cases and evidence, review queues, decisions, the public notice. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EvidenceList,
  FileObjectionBody,
  FinalizeSweepResult,
  MyRecognitionList,
  ObjectionReceipt,
  HrDecisionBody,
  OfficeDecisionBody,
  PublicNotice,
  Recognition,
  RecognitionDetail,
  RecognitionList,
  RecognitionSettings,
  ResolveObjectionBody,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** The signed-in talent's cases, newest first. */
export function useMyRecognitions() {
  return useQuery({ queryKey: queryKeys.recognition.mine, queryFn: () => api.get<MyRecognitionList>('/recognitions/mine') });
}

/** One case (for staff with the talent's facts and the classification trace). */
export function useRecognition(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.recognition.one(id), queryFn: () => api.get<RecognitionDetail>(`/recognitions/${id}`), enabled: !!id });
}

/** A work queue (hr | office | notice | closed). */
export function useQueue(stage: 'hr' | 'office' | 'notice' | 'closed') {
  return useQuery({ queryKey: queryKeys.recognition.queue(stage), queryFn: () => api.get<RecognitionList>(`/recognitions/queue?stage=${stage}`) });
}

/** Evidence on file for the signed-in talent (an employer: for its employee `talentId`). */
export function useMyEvidence(talentId?: string) {
  return useQuery({ queryKey: queryKeys.evidence.of(talentId), queryFn: () => api.get<EvidenceList>(`/evidence${talentId ? `?talentId=${talentId}` : ''}`) });
}

/** Mutations that change a case; every one refreshes the recognition queries and the evidence on file. */
export function useRecognitionActions() {
  const qc = useQueryClient();
  const done = () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.recognition.all }), qc.invalidateQueries({ queryKey: queryKeys.evidence.all })]);
  const useAction = <A, R>(fn: (a: A) => Promise<R>) => useMutation({ mutationFn: fn, onSuccess: done });
  return {
    request: useAction((_: void) => api.post<Recognition>('/recognitions', {})),
    attach: useAction(({ id, evidenceId }: { id: string; evidenceId: string }) => api.post<Recognition>(`/recognitions/${id}/evidence`, { evidenceId })),
    detach: useAction(({ id, evidenceId }: { id: string; evidenceId: string }) => api.delete<Recognition>(`/recognitions/${id}/evidence/${evidenceId}`)),
    submit: useAction((id: string) => api.post<Recognition>(`/recognitions/${id}/submit`)),
    withdraw: useAction((id: string) => api.post<Recognition>(`/recognitions/${id}/withdraw`)),
    hrDecide: useAction(({ id, body }: { id: string; body: HrDecisionBody }) => api.post<Recognition>(`/recognitions/${id}/hr-decision`, body)),
    officeDecide: useAction(({ id, body }: { id: string; body: OfficeDecisionBody }) => api.post<Recognition>(`/recognitions/${id}/office-decision`, body)),
    resolve: useAction(({ id, objectionId, body }: { id: string; objectionId: string; body: ResolveObjectionBody }) =>
      api.post<Recognition>(`/recognitions/${id}/objections/${objectionId}/resolve`, body),
    ),
    finalize: useAction((id: string) => api.post<Recognition>(`/recognitions/${id}/finalize`)),
    sweep: useAction((_: void) => api.post<FinalizeSweepResult>('/recognitions/finalize', {})),
  };
}

export { uploadEvidence } from '../../shared/api/evidence';

/** The public notice (no sign-in). */
export function usePublicNotices() {
  return useQuery({ queryKey: queryKeys.publicNotices.all, queryFn: () => api.get<PublicNotice>('/public/recognition-notices') });
}

/** Files an objection to a notice (public). */
export function useFileObjection() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FileObjectionBody }) => api.post<ObjectionReceipt>(`/public/recognition-notices/${id}/objections`, body),
  });
}

/** The office's settings of the flow (notice working days, validity years). */
export function useRecognitionSettings() {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.recognition.settings, queryFn: () => api.get<RecognitionSettings>('/recognitions/settings') });
  const save = useMutation({
    mutationFn: (v: RecognitionSettings) => api.put<RecognitionSettings>('/recognitions/settings', v),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.recognition.settings }),
  });
  return { query, save };
}
