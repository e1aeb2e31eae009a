/** Employers and their people: approval, HR users, employment and flexible engagement. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Checkin,
  CheckinList,
  EmployerDecisionBody,
  EmployerReviewItem,
  EmployerReviewPage,
  EmployerStanding,
  Employment,
  EmploymentDecisionBody,
  EmploymentList,
  Engagement,
  EngagementInput,
  EngagementList,
  HrUser,
  HrUserList,
  InvitedHrUser,
  InviteHrUserBody,
  NameEmployerBody,
  CheckinInput,
  EmployerOption,
} from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Refreshes every view of employment after a change. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queryKeys.employment.all });
}

/** GET /employers/me/standing. */
export const useStanding = () => useQuery({ queryKey: queryKeys.employment.standing, queryFn: () => api.get<EmployerStanding>('/employers/me/standing') });

/** POST /employers/me/licence. */
export function useUploadLicence() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (file: File) => api.upload<EmployerStanding>('/employers/me/licence', file), onSuccess: refresh });
}

/** GET /employers/me/users. */
export const useHrUsers = () => useQuery({ queryKey: queryKeys.employment.hrUsers, queryFn: () => api.get<HrUserList>('/employers/me/users') });

/** POST /employers/me/users. */
export function useInviteHrUser() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: InviteHrUserBody) => api.post<InvitedHrUser>('/employers/me/users', body), onSuccess: refresh });
}

/** PUT /employers/me/users/:id. */
export function useSetHrUserDisabled() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; disabled: boolean }) => api.put<HrUser>(`/employers/me/users/${v.id}`, { disabled: v.disabled }),
    onSuccess: refresh,
  });
}

/** GET /employments (the employer's). */
export const useEmployerEmployments = () =>
  useQuery({ queryKey: queryKeys.employment.employerEmployments, queryFn: () => api.get<EmploymentList>('/employments') });

/** POST /employments/:id/decision. */
export function useDecideEmployment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: EmploymentDecisionBody }) => api.post<Employment>(`/employments/${v.id}/decision`, v.body),
    onSuccess: refresh,
  });
}

/** GET /employments/mine. */
export const useMyEmployments = () => useQuery({ queryKey: queryKeys.employment.myEmployments, queryFn: () => api.get<EmploymentList>('/employments/mine') });

/** POST /employments. */
export function useNameEmployer() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: NameEmployerBody) => api.post<Employment>('/employments', body), onSuccess: refresh });
}

/** POST /employments/:id/withdraw. */
export function useWithdrawEmployment() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.post<Employment>(`/employments/${id}/withdraw`), onSuccess: refresh });
}

/** GET /employers/options?q= (for naming an employer). */
export const useEmployerOptions = (q: string) =>
  useQuery({ queryKey: queryKeys.employment.employerOptions(q), queryFn: () => api.get<EmployerOption[]>(`/employers/options${toQueryString({ q })}`) });

/** GET /engagements (the employer's or the expert's). */
export const useEngagements = () => useQuery({ queryKey: queryKeys.employment.engagements, queryFn: () => api.get<EngagementList>('/engagements') });

/** POST /engagements. */
export function useCreateEngagement() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: EngagementInput) => api.post<Engagement>('/engagements', body), onSuccess: refresh });
}

/** GET /engagements/:id/checkins. */
export const useCheckins = (id: string) =>
  useQuery({ queryKey: queryKeys.employment.checkins(id), queryFn: () => api.get<CheckinList>(`/engagements/${id}/checkins`) });

/** POST /engagements/:id/checkins. */
export function useCheckIn() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; body: CheckinInput }) => api.post<Checkin>(`/engagements/${v.id}/checkins`, v.body), onSuccess: refresh });
}

/** POST /checkins/:id/decision. */
export function useDecideCheckin() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; decision: 'confirm' | 'decline' }) => api.post<Checkin>(`/checkins/${v.id}/decision`, { decision: v.decision }),
    onSuccess: refresh,
  });
}

/** GET /employer-reviews?status=. */
export const useEmployerReviews = (status: string) =>
  useQuery({
    queryKey: queryKeys.employment.reviews(status),
    queryFn: () => api.get<EmployerReviewPage>(`/employer-reviews${toQueryString({ status, pageSize: 200 })}`),
  });

/** POST /employer-reviews/:id. */
export function useDecideEmployer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: EmployerDecisionBody }) => api.post<EmployerReviewItem>(`/employer-reviews/${v.id}`, v.body),
    onSuccess: refresh,
  });
}
