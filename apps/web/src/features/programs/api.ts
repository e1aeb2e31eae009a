/** Programs and expert review: the office's programs, assignment and score sheet; an expert's assignments and scores. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignmentOutcome, ProgramList, MyReviewList, ScoreSummary } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Every program with its call and application count. */
export function usePrograms() {
  return useQuery({ queryKey: queryKeys.programs.list, queryFn: () => api.get<ProgramList>('/programs') });
}

/** The office's score sheet of one program. */
export function useScoreSheet(programId: string | null) {
  return useQuery({
    queryKey: queryKeys.programs.scores(programId ?? ''),
    queryFn: () => api.get<ScoreSummary>(`/programs/${programId}/scores`),
    enabled: programId !== null,
  });
}

/** Runs the assignment of a program; the answer is the assignment or its diagnosis. */
export function useRunAssignment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (programId: string) => api.post<AssignmentOutcome>(`/programs/${programId}/assignment`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.programs.all }),
  });
}

/** The applications assigned to the signed-in expert. */
export function useMyReviews() {
  return useQuery({ queryKey: queryKeys.programs.mine, queryFn: () => api.get<MyReviewList>('/programs/reviews/mine'), retry: false });
}

/** Saves the signed-in expert's scores for one application. */
export function useSubmitScores() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, scores }: { applicationId: string; scores: Record<string, number> }) =>
      api.put<void>(`/programs/applications/${applicationId}/scores`, { scores }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.programs.mine }),
  });
}
