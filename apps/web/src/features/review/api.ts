/** The reviewers' side of applications: the department queue, the decision page, decisions; the office's overdue list. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, EscalateResult, OverduePage, ReviewDecisionBody, ReviewQueuePage, ReviewQueueQuery, SecondApproval } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** The queue's search and filters (see `reviewQueueQuery`). */
export type QueueFilters = Pick<ReviewQueueQuery, 'q' | 'stage' | 'policyId' | 'due'>;

/** One page of the caller's department queue, searched and filtered. */
export function useReviewQueue(page: number, pageSize: number, filters: QueueFilters) {
  return useQuery({
    queryKey: queryKeys.review.queue({ page, pageSize, ...filters }),
    queryFn: () => api.get<ReviewQueuePage>(`/review/queue${toQueryString({ page, pageSize, ...filters })}`),
    placeholderData: keepPreviousData,
  });
}

/** The overdue list of every department (talent office). */
export function useOverdue(page: number, pageSize: number) {
  return useQuery({
    queryKey: queryKeys.review.overdue(page, pageSize),
    queryFn: () => api.get<OverduePage>(`/review/overdue${toQueryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** One application as the reviewer sees it. */
export function useReviewApplication(id: string | undefined) {
  return useQuery({ queryKey: queryKeys.review.one(id), queryFn: () => api.get<ApplicationDetail>(`/review/applications/${id}`), enabled: !!id });
}

/** Decide, and run the escalation job. */
export function useReviewActions() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: queryKeys.review.all });
  return {
    decide: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReviewDecisionBody }) => api.post<ApplicationDetail>(`/review/applications/${id}/decision`, body),
      onSuccess: () => Promise.all([done(), qc.invalidateQueries({ queryKey: queryKeys.approvals.all })]),
    }),
    escalate: useMutation({ mutationFn: () => api.post<EscalateResult>('/review/escalate', {}), onSuccess: done }),
  };
}

/** The first approver of a large application withdraws the approval that awaits a second person. */
export function useWithdrawFirstApproval() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (approvalId: string) => api.post<SecondApproval>(`/approvals/${approvalId}/withdraw`, {}),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.review.all }), qc.invalidateQueries({ queryKey: queryKeys.approvals.all })]),
  });
}
