/** Payment batches and budgets (officer). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetList, ImportResult, PaymentBatch, PaymentBatchList, PaymentLinePage, SetBudgetResult } from '@bole/contracts';
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

/** Sets a budget. */
export function useSetBudget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { year: number; policyId: string; annualFen: number; quota: number }) =>
      api.put<SetBudgetResult>(`/budgets/${v.year}/${encodeURIComponent(v.policyId)}`, { annualFen: v.annualFen, quota: v.quota }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.payments.all }),
  });
}
