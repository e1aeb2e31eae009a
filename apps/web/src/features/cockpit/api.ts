/** The cockpit's figures and its published method. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CockpitMoneyDto,
  CockpitRecordsDto,
  CockpitServiceDto,
  CockpitRefreshJobDto,
  CockpitSnapshotDto,
  CockpitTrendDto,
  CockpitUnitKind,
  IndicatorDefinitionList,
  PublicIndicesDto,
} from '@bole/contracts';
import { api, isApiError, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import type { DrillTarget } from './drill-target';

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

/** Starts (or resumes) the refresh of a period's figures (officer); the job runs in the background. */
export function useRefreshCockpit() {
  return useMutation({
    mutationFn: (period: string) => api.post<CockpitRefreshJobDto>('/cockpit/refresh', { period }),
  });
}

/** A refresh's progress, read every second while it runs; the figures are reloaded when it ends. */
export function useRefreshProgress(id: string | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: queryKeys.cockpit.refresh(id ?? ''),
    enabled: id !== null,
    queryFn: async () => {
      const job = await api.get<CockpitRefreshJobDto>(`/cockpit/refresh/${id}`);
      if (job.status !== 'running') await qc.invalidateQueries({ queryKey: queryKeys.cockpit.all, predicate: (q) => q.queryKey[1] !== 'refresh' });
      return job;
    },
    refetchInterval: (q) => (q.state.data?.status === 'running' || q.state.data === undefined ? 1000 : false),
  });
}

/** Each index over the stored periods and against the period before; null when the period has not been computed. */
export function useCockpitTrend(period: string, unit: CockpitUnitKind) {
  return useQuery({
    queryKey: queryKeys.cockpit.trend(period, unit),
    queryFn: async () => {
      try {
        return await api.get<CockpitTrendDto>(`/cockpit/trend${toQueryString({ period, unit })}`);
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}

/** The records behind a count (talents' names masked by the server); idle until a target is chosen. */
export function useCockpitRecords(target: DrillTarget | null) {
  const query: Record<string, string> = target ? { period: target.period, indicator: target.indicator, [target.unit]: target.code } : {};
  return useQuery({
    queryKey: queryKeys.cockpit.records(query),
    enabled: target !== null,
    queryFn: () => api.get<CockpitRecordsDto>(`/cockpit/records${toQueryString(query)}`),
  });
}

/** The money screen's figures for a period (read live). */
export function useCockpitMoney(period: string) {
  return useQuery({ queryKey: queryKeys.cockpit.money(period), queryFn: () => api.get<CockpitMoneyDto>(`/cockpit/money${toQueryString({ period })}`) });
}

/** The service screen's figures for a period (read live). */
export function useCockpitService(period: string) {
  return useQuery({ queryKey: queryKeys.cockpit.service(period), queryFn: () => api.get<CockpitServiceDto>(`/cockpit/service${toQueryString({ period })}`) });
}

/** The four indices per district published for a period (no sign-in); null when not computed. */
export function usePublicIndices(period: string) {
  return useQuery({
    queryKey: queryKeys.cockpit.public(period),
    queryFn: async () => {
      try {
        return await api.get<PublicIndicesDto>(`/public/indices${toQueryString({ period })}`);
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}
