/** The region API as the office uses it (信息互通): the trust list held, the message log, its re-verification and facts requests. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FactRequestInput, FactRequestResult, MessageLogVerification, RegionMessageLog, RegionTrustListView } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /region/trust-list: the members this city may exchange with. */
export function useTrustList() {
  return useQuery({ queryKey: queryKeys.region.trustList, queryFn: () => api.get<RegionTrustListView>('/region/trust-list') });
}

/** GET /region/message-log, optionally for one partner city. */
export function useMessageLog(peer: string | undefined) {
  const query = peer ? `?peer=${encodeURIComponent(peer)}` : '';
  return useQuery({ queryKey: queryKeys.region.messageLog(peer ?? 'all'), queryFn: () => api.get<RegionMessageLog>(`/region/message-log${query}`) });
}

/** GET /region/message-log/verify: every signature and digest checked again. */
export function useVerifyMessageLog() {
  return useMutation({ mutationFn: () => api.get<MessageLogVerification>('/region/message-log/verify') });
}

/** POST /region/fact-requests. */
export function useRequestFacts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FactRequestInput) => api.post<FactRequestResult>('/region/fact-requests', body),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.region.all }),
  });
}
