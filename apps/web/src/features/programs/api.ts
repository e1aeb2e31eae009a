/**
 * Programs and expert review: the calls, a talent's eligibility, applications and nominations,
 * the office's formal check, assignment and score sheet; an expert's assignments and scores.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentOutcome,
  EmployeeRecognitionPage,
  FormalCheckBody,
  MyProgramEligibility,
  MyReviewList,
  ProgramApplication,
  ProgramApplicationList,
  ProgramApplyBody,
  ProgramList,
  ProgramResubmitBody,
  ScoreSummary,
} from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
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

/** Whether the signed-in talent may apply to a call today, with the conditions not met. */
export function useMyEligibility(programId: string) {
  return useQuery({
    queryKey: queryKeys.programs.eligibility(programId),
    queryFn: () => api.get<MyProgramEligibility>(`/programs/${programId}/eligibility`),
  });
}

/** A talent's own applications, an employer's nominations, or (office, `programId` given) every application of a program. */
export function useProgramApplications(programId?: string | null) {
  return useQuery({
    queryKey: queryKeys.programs.applications(programId ?? 'mine'),
    queryFn: async () => (await api.get<ProgramApplicationList>(`/programs/applications${toQueryString({ programId })}`)).items,
    enabled: programId !== null,
  });
}

/** Applies (a talent) or nominates (an employer, `talentId` in the body) to a call. */
export function useApplyToProgram() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, body }: { programId: string; body: ProgramApplyBody }) =>
      api.post<ProgramApplication>(`/programs/${programId}/applications`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.programs.all }),
  });
}

/** Sends a returned application back, completed. */
export function useResubmitProgramApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, body }: { applicationId: string; body: ProgramResubmitBody }) =>
      api.post<void>(`/programs/applications/${applicationId}/resubmit`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.programs.all }),
  });
}

/** The office passes an application's formal check or returns it with a note. */
export function useFormalCheck() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, body }: { applicationId: string; body: FormalCheckBody }) =>
      api.post<void>(`/programs/applications/${applicationId}/formal-check`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.programs.all }),
  });
}

/** The employer's employees matching `q` (names shown, numbers masked), for a nomination. */
export function useEmployees(q: string) {
  return useQuery({
    queryKey: queryKeys.programs.employees(q),
    queryFn: async () => (await api.get<EmployeeRecognitionPage>(`/recognitions/employees${toQueryString({ q: q || undefined, pageSize: 50 })}`)).items,
  });
}
