/** Youth stations (青年驿站): stations, the talent's stays and bookings, the office's occupancy, a station's desk. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookStayBody, StationOccupancy, StationTonight, YouthStationList, YouthStay, YouthStayList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Every station with its limits and beds. */
export const useStations = () => useQuery({ queryKey: queryKeys.youthStations.list, queryFn: () => api.get<YouthStationList>('/youth-stations') });

/** The signed-in talent's stays. */
export const useMyStays = () => useQuery({ queryKey: queryKeys.youthStations.mine, queryFn: () => api.get<YouthStayList>('/youth-stays/mine') });

/** Beds held per station and night from `from`. */
export const useOccupancy = (from: string, days: number) =>
  useQuery({
    queryKey: queryKeys.youthStations.occupancy(from, days),
    queryFn: () => api.get<StationOccupancy>(`/youth-stations/occupancy?from=${from}&days=${days}`),
  });

/** Booking a bed and cancelling a booking; both refresh stays and occupancy. */
export function useStayActions() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: queryKeys.youthStations.all });
  return {
    book: useMutation({
      mutationFn: ({ stationId, body }: { stationId: string; body: BookStayBody }) => api.post<YouthStay>(`/youth-stations/${stationId}/stays`, body),
      onSuccess,
    }),
    cancel: useMutation({ mutationFn: (id: string) => api.post<YouthStay>(`/youth-stays/${id}/cancel`, {}), onSuccess }),
  };
}

/** A station's desk list for tonight (bookings begun and not checked in, guests checked in). */
export const useTonight = (stationId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.youthStations.tonight(stationId ?? ''),
    queryFn: () => api.get<StationTonight>(`/youth-stations/${stationId}/tonight`),
    enabled: stationId !== undefined,
  });

/** The desk's actions: check in by talent code, check out, mark a no-show; each refreshes the lists and occupancy. */
export function useDeskActions() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: queryKeys.youthStations.all });
  return {
    checkIn: useMutation({
      mutationFn: ({ stationId, code }: { stationId: string; code: string }) => api.post<YouthStay>(`/youth-stations/${stationId}/check-in`, { code }),
      onSuccess,
    }),
    checkOut: useMutation({ mutationFn: (id: string) => api.post<YouthStay>(`/youth-stays/${id}/check-out`, {}), onSuccess }),
    noShow: useMutation({ mutationFn: (id: string) => api.post<YouthStay>(`/youth-stays/${id}/no-show`, {}), onSuccess }),
  };
}
