/** Payment batches and budgets (officer). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BudgetHistory,
  BudgetList,
  ImportResult,
  PaymentBatch,
  PaymentBatchList,
  PaymentLinePage,
  SecondApproval,
  SecondApprovalList,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Batches with totals. */
export function useBatches() {
  return useQuery({ queryKey: queryKeys.payments.batches, queryFn: () => api.get<PaymentBatchList>('/payment-batches') });
}

/** Creates (or tops up) a month's batch. */
export function useCreateBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => api.post<PaymentBatch>('/payment-batches', { period }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.payments.all }),
  });
}

/** A second officer approves a batch, releasing it to the finance bureau. */
export function useApproveBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) => api.post<PaymentBatch>(`/payment-batches/${batchId}/approve`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.payments.all }),
  });
}

/** A page of a batch's lines. */
export function useBatchLines(batchId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: queryKeys.payments.lines(batchId, page),
    queryFn: () => api.get<PaymentLinePage>(`/payment-batches/${batchId}/lines?page=${page}&pageSize=${pageSize}`),
  });
}

/** Uploads the bureau's file (multipart). */
export function importBatchFile(batchId: string, file: File): Promise<ImportResult> {
  return api.upload<ImportResult>(`/payment-batches/${batchId}/import`, file);
}

/** Budgets of a year. */
export function useBudgets(year: number) {
  return useQuery({ queryKey: queryKeys.payments.budgets(year), queryFn: () => api.get<BudgetList>(`/budgets?year=${year}`) });
}

/** Budget changes awaiting a second officer (the budgets screen shows them beside each policy). */
export function usePendingBudgetChanges() {
  return useQuery({
    queryKey: queryKeys.approvals.list('pending', 'budget'),
    queryFn: () => api.get<SecondApprovalList>('/approvals?status=pending&kind=budget'),
  });
}

/** Every proposed change of a policy's budget for a year (disabled until one is chosen). */
export function useBudgetHistory(year: number, policyId: string | null) {
  return useQuery({
    queryKey: queryKeys.payments.budgetHistory(year, policyId ?? ''),
    queryFn: () => api.get<BudgetHistory>(`/budgets/${year}/${encodeURIComponent(policyId!)}/history`),
    enabled: policyId !== null,
  });
}

/** Proposes a budget and quota with a reason; a second officer approves it before it is set. */
export function useProposeBudget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { year: number; policyId: string; annualFen: number; quota: number; reason: string }) =>
      api.post<SecondApproval>(`/budgets/${v.year}/${encodeURIComponent(v.policyId)}/changes`, { annualFen: v.annualFen, quota: v.quota, reason: v.reason }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.payments.all }), qc.invalidateQueries({ queryKey: queryKeys.approvals.all })]),
  });
}
