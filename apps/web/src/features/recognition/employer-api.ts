/** The employer's recognition API: its employees with their proposed tier and latest case, and requests on their behalf. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployeeRecognitionPage, EmployeeRecognitionQuery, Recognition } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** The employees page of the list; under the recognition key, so every case change refreshes it. */
export function useEmployees(query: EmployeeRecognitionQuery) {
  return useQuery({
    queryKey: queryKeys.recognition.employees(query),
    queryFn: () => api.get<EmployeeRecognitionPage>(`/recognitions/employees${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * Opens a case for an employee. Refused or not, the list is refreshed: a refusal means the
 * list was out of date (the employee left, or a case was opened meanwhile).
 */
export function useRequestOnBehalf() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (talentId: string) => api.post<Recognition>('/recognitions', { talentId }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.recognition.all }),
  });
}
