/** Second approvals: what awaits the signed-in officer or reviewer, and their decisions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApproveRequestBody, RejectRequestBody, SecondApproval, SecondApprovalList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Requests within the caller's remit: those awaiting a second approver, or all of them. */
export function useApprovals(status: 'pending' | 'all') {
  return useQuery({ queryKey: queryKeys.approvals.list(status, null), queryFn: () => api.get<SecondApprovalList>(`/approvals?status=${status}`) });
}

/** Approve, reject, withdraw; each refreshes the lists and what the request is about. */
export function useApprovalActions() {
  const qc = useQueryClient();
  const done = async () => {
    await Promise.all(
      [queryKeys.approvals.all, queryKeys.payments.all, queryKeys.policies.all, queryKeys.review.all].map((queryKey) => qc.invalidateQueries({ queryKey })),
    );
  };
  return {
    approve: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ApproveRequestBody }) => api.post<SecondApproval>(`/approvals/${id}/approve`, body),
      onSuccess: done,
    }),
    reject: useMutation({
      mutationFn: ({ id, body }: { id: string; body: RejectRequestBody }) => api.post<SecondApproval>(`/approvals/${id}/reject`, body),
      onSuccess: done,
    }),
    withdraw: useMutation({ mutationFn: (id: string) => api.post<SecondApproval>(`/approvals/${id}/withdraw`, {}), onSuccess: done }),
  };
}
