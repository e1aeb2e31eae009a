/** The service desk (关键小事): the talent's cases, the staff queue, one request and the steps of its closed loop. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConciergeList,
  ConciergeStats,
  FileServiceBundleBody,
  FileServiceRequestBody,
  ServiceCase,
  ServiceCaseList,
  ServiceRequest,
  ServiceRequestList,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import type { StepCall } from './steps';

/** The signed-in talent's cases, a bundle shown as one. */
export const useMyCases = () => useQuery({ queryKey: queryKeys.serviceDesk.mine, queryFn: () => api.get<ServiceCaseList>('/service-cases/mine') });

/** Open requests within the reader's remit by due time, or only the overdue ones. */
export const useServiceQueue = (overdue: boolean) =>
  useQuery({
    queryKey: queryKeys.serviceDesk.queue(overdue),
    queryFn: () => api.get<ServiceRequestList>(`/service-requests${overdue ? '?overdue=true' : ''}`),
  });

/** One request with its clocks and timeline. */
export const useServiceRequest = (id: string) =>
  useQuery({ queryKey: queryKeys.serviceDesk.one(id), queryFn: () => api.get<ServiceRequest>(`/service-requests/${id}`) });

/** Concierges a request can be handed over to. */
export const useConcierges = (enabled: boolean) =>
  useQuery({ queryKey: queryKeys.serviceDesk.concierges, queryFn: () => api.get<ConciergeList>('/service-desk/concierges'), enabled });

/** Each concierge's figures. */
export const useConciergeFigures = () => useQuery({ queryKey: queryKeys.serviceDesk.figures, queryFn: () => api.get<ConciergeStats>('/service-desk/figures') });

/** Filing a request or a bundle. */
export function useFileService() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: queryKeys.serviceDesk.all });
  return {
    request: useMutation({ mutationFn: (body: FileServiceRequestBody) => api.post<ServiceCase>('/service-requests', body), onSuccess }),
    bundle: useMutation({ mutationFn: (body: FileServiceBundleBody) => api.post<ServiceCase>('/service-cases', body), onSuccess }),
  };
}

/** One step of the loop on a request; refreshes every service-desk list. */
export function useServiceStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: StepCall) => api.post<ServiceRequest>(`/service-requests/${id}/${step}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.serviceDesk.all }),
  });
}
