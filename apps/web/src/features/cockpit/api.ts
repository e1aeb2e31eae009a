/** The cockpit's figures and its published method. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CockpitSnapshotDto, CockpitSnapshotList, CockpitUnitKind, IndicatorDefinitionList } from '@bole/contracts';
import { api, isApiError, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** A period's stored figures; null when the period has not been computed (404). */
export function useCockpit(period: string, unit: CockpitUnitKind) {
  return useQuery({
    queryKey: queryKeys.cockpit.snapshot(period, unit),
    queryFn: async () => {
      try {
        return await api.get<CockpitSnapshotDto>(`/cockpit${toQueryString({ period, unit })}`);
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}

/** Every indicator's definition (formula, sources, direction, unit, goalposts). */
export function useIndicatorDefinitions() {
  return useQuery({
    queryKey: queryKeys.cockpit.indicators,
    queryFn: () => api.get<IndicatorDefinitionList>('/cockpit/indicators'),
    staleTime: Infinity,
  });
}

/** Recomputes a period's figures (officer). */
export function useRefreshCockpit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => api.post<CockpitSnapshotList>('/cockpit/refresh', { period }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.cockpit.all }),
  });
}
