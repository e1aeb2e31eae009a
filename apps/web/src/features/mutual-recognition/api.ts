/** The mutual recognition API (资格互认): preview and request (talent), lists and the re-check (office). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateMutualRecognitionBody,
  MutualPreview,
  MutualRecheckResult,
  MutualRecognition,
  MutualRecognitionList,
  RecognitionUsedElsewhereList,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

const base = '/mutual-recognitions';

/** GET /mutual-recognitions/mine. */
export function useMyMutualRecognitions() {
  return useQuery({ queryKey: queryKeys.mutualRecognition.mine, queryFn: () => api.get<MutualRecognitionList>(`${base}/mine`) });
}

/** POST /mutual-recognitions/preview: what a credential is worth here, nothing written. */
export function usePreviewMutualRecognition() {
  return useMutation({ mutationFn: (credential: string) => api.post<MutualPreview>(`${base}/preview`, { credential }) });
}

/** POST /mutual-recognitions. */
export function useRequestMutualRecognition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMutualRecognitionBody) => api.post<MutualRecognition>(base, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.mutualRecognition.all }),
  });
}

/** GET /mutual-recognitions (office). */
export function useIncomingMutualRecognitions() {
  return useQuery({ queryKey: queryKeys.mutualRecognition.incoming, queryFn: () => api.get<MutualRecognitionList>(base) });
}

/** GET /mutual-recognitions/used-elsewhere (office). */
export function useRecognitionsUsedElsewhere() {
  return useQuery({ queryKey: queryKeys.mutualRecognition.usedElsewhere, queryFn: () => api.get<RecognitionUsedElsewhereList>(`${base}/used-elsewhere`) });
}

/** POST /mutual-recognitions/recheck (office). */
export function useRecheckMutualRecognitions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MutualRecheckResult>(`${base}/recheck`),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.mutualRecognition.all }),
  });
}
