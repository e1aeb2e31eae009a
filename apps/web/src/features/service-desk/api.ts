/** The service desk (关键小事): the talent's cases, the staff queue, one request and the steps of its closed loop. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerBody,
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

const keys = {
  all: ['service-desk'] as const,
  mine: ['service-desk', 'mine'] as const,
  queue: (overdue: boolean) => ['service-desk', 'queue', overdue] as const,
  one: (id: string) => ['service-desk', 'request', id] as const,
  concierges: ['service-desk', 'concierges'] as const,
};

/** The signed-in talent's cases, a bundle shown as one. */
export const useMyCases = () => useQuery({ queryKey: keys.mine, queryFn: () => api.get<ServiceCaseList>('/service-cases/mine') });

/** Open requests within the reader's remit by due time, or only the overdue ones. */
export const useServiceQueue = (overdue: boolean) =>
  useQuery({ queryKey: keys.queue(overdue), queryFn: () => api.get<ServiceRequestList>(`/service-requests${overdue ? '?overdue=true' : ''}`) });

/** One request with its clocks and timeline. */
export const useServiceRequest = (id: string) => useQuery({ queryKey: keys.one(id), queryFn: () => api.get<ServiceRequest>(`/service-requests/${id}`) });

/** Concierges a request can be handed over to. */
export const useConcierges = (enabled: boolean) =>
  useQuery({ queryKey: keys.concierges, queryFn: () => api.get<ConciergeList>('/service-desk/concierges'), enabled });

/** Each concierge's figures. */
export const useConciergeFigures = () => useQuery({ queryKey: [...keys.all, 'figures'], queryFn: () => api.get<ConciergeStats>('/service-desk/figures') });

/** Filing a request or a bundle. */
export function useFileService() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: keys.all });
  return {
    request: useMutation({ mutationFn: (body: FileServiceRequestBody) => api.post<ServiceCase>('/service-requests', body), onSuccess }),
    bundle: useMutation({ mutationFn: (body: FileServiceBundleBody) => api.post<ServiceCase>('/service-cases', body), onSuccess }),
  };
}

/** The body each step of the loop takes. */
export interface StepBodies {
  claim: Record<string, never>;
  contact: { note: string };
  update: { note: string };
  'hand-over': { toUserId: string; note: string };
  'co-handle': { department: string; note: string };
  'stop-clock': { waitingFor: 'talent' | 'third_party'; note: string };
  'resume-clock': { note: string };
  answer: AnswerBody;
  close: { note: string };
  'follow-up': { note: string };
  rate: { rating: number; comment?: string };
  reopen: { reason: string };
}
export type StepName = keyof StepBodies;
/** A step with its body. */
export type StepCall = { [S in StepName]: { step: S; body: StepBodies[S] } }[StepName];

/** One step of the loop on a request; refreshes every service-desk list. */
export function useServiceStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: StepCall) => api.post<ServiceRequest>(`/service-requests/${id}/${step}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}
