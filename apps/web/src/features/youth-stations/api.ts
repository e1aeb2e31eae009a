/** Youth stations (青年驿站): stations, the talent's stays and bookings, the office's occupancy. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookStayBody, StationOccupancy, YouthStationList, YouthStay, YouthStayList } from '@bole/contracts';
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
