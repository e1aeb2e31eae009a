/** Events: the list and one event, the talent's registrations and tickets, the organisers' lists, and the door's check-in. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckinResponse, EventAttendance, EventInput, EventList, EventRegistration, EventRegistrationList, EventView } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Every event with its sessions and places. */
export function useEvents() {
  return useQuery({ queryKey: queryKeys.events.list, queryFn: async () => (await api.get<EventList>('/events')).items });
}

/** One event. */
export function useEvent(code: string | undefined) {
  return useQuery({ queryKey: queryKeys.events.one(code ?? ''), queryFn: () => api.get<EventView>(`/events/${code}`), enabled: !!code });
}

/** The signed-in talent's registrations with their tickets. */
export function useMyRegistrations() {
  return useQuery({ queryKey: queryKeys.events.mine, queryFn: async () => (await api.get<EventRegistrationList>('/events/registrations/mine')).items });
}

/** An event's registrations (organisers), the waitlist in order. */
export function useEventRegistrations(code: string | null) {
  return useQuery({
    queryKey: queryKeys.events.registrations(code ?? ''),
    queryFn: async () => (await api.get<EventRegistrationList>(`/events/${code}/registrations`)).items,
    enabled: code !== null,
  });
}

/** Attendance per session. */
export function useAttendance(code: string | null) {
  return useQuery({
    queryKey: queryKeys.events.attendance(code ?? ''),
    queryFn: () => api.get<EventAttendance>(`/events/${code}/attendance`),
    enabled: code !== null,
  });
}

/** Creates (`existing` null) or edits an event. */
export function useSaveEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ input, existing }: { input: EventInput; existing: string | null }) =>
      existing ? api.put<EventView>(`/events/${existing}`, input) : api.post<EventView>('/events', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

/** Registers the signed-in talent for a session. */
export function useRegister(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sessionCode: string) => api.post<EventRegistration>(`/events/${code}/registrations`, { sessionCode }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

/** The talent's own move on a registration. */
export type MyAction = 'cancel' | 'accept' | 'decline';

/** Cancels a registration, or accepts / declines an offered place. */
export function useMyMove() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: MyAction }) => api.post<EventRegistration>(`/events/registrations/${id}/${action}`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

/** The organisers' move on a registration. */
export type OrganiserAction = 'approve' | 'decline' | 'cancel';

/** Approves, declines or cancels a registration of an event. */
export function useOrganiserMove(code: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: OrganiserAction }) => api.post<EventRegistration>(`/events/${code}/registrations/${id}/${action}`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.events.all }),
  });
}

/** Posts one scan from this door device; the answer is the scan's outcome. */
export function useCheckIn(code: string) {
  return useMutation({
    mutationFn: async ({ deviceId, ticket }: { deviceId: string; ticket: string }) =>
      (await api.post<CheckinResponse>(`/events/${code}/checkins`, { deviceId, scans: [{ ticket, scannedAt: new Date().toISOString() }] })).results[0]!,
  });
}
