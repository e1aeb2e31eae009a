/** Talent apartments and expert housing: the stock, rounds, applications, offers and waitlists. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HousingApplication,
  HousingApplicationList,
  HousingApplyBody,
  HousingOfferList,
  HousingProjectInput,
  HousingRound,
  HousingRoundInput,
  HousingRoundList,
  HousingStock,
  HousingUnitInput,
  HousingWaitlists,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Where the stock's Excel template is downloaded. */
export const STOCK_TEMPLATE_URL = '/api/v1/housing/units/template.xlsx';

/** Every round the signed-in officer or talent may see, newest first. */
export function useHousingRounds() {
  return useQuery({ queryKey: queryKeys.housing.rounds('signed-in'), queryFn: () => api.get<HousingRoundList>('/housing/rounds') });
}

/** Published rounds with their cutoffs (no sign-in). */
export function usePublishedRounds() {
  return useQuery({ queryKey: queryKeys.housing.rounds('public'), queryFn: () => api.get<HousingRoundList>('/public/housing/rounds') });
}

/** The signed-in talent's applications and offers. */
export function useMyHousing() {
  const applications = useQuery({ queryKey: queryKeys.housing.mine, queryFn: () => api.get<HousingApplicationList>('/housing/applications/mine') });
  const offers = useQuery({ queryKey: queryKeys.housing.myOffers, queryFn: () => api.get<HousingOfferList>('/housing/offers/mine') });
  return { applications, offers };
}

/** The stock, the waitlists and a round's offers, for the office. */
export function useHousingStock() {
  return useQuery({ queryKey: queryKeys.housing.stock, queryFn: () => api.get<HousingStock>('/housing/stock') });
}
export function useHousingWaitlists() {
  return useQuery({ queryKey: queryKeys.housing.waitlists, queryFn: () => api.get<HousingWaitlists>('/housing/waitlists') });
}
export function useRoundOffers(code: string | null) {
  return useQuery({
    queryKey: queryKeys.housing.roundOffers(code ?? ''),
    queryFn: () => api.get<HousingOfferList>(`/housing/rounds/${code}/offers`),
    enabled: code !== null,
  });
}

/** Every housing change refreshes every housing view. */
function useHousingMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.housing.all }) });
}

/** A talent's actions: apply in a round, accept or refuse an offer. */
export function useTalentHousingActions() {
  return {
    apply: useHousingMutation(({ code, body }: { code: string; body: HousingApplyBody }) =>
      api.post<HousingApplication>(`/housing/rounds/${code}/applications`, body),
    ),
    answer: useHousingMutation(({ id, action }: { id: string; action: 'accept' | 'refuse' }) => api.post(`/housing/offers/${id}/${action}`, {})),
  };
}

/** The office's actions on the stock, the rounds and the leases. */
export function useOfficeHousingActions() {
  return {
    addProject: useHousingMutation((body: HousingProjectInput) => api.post<HousingStock>('/housing/projects', body)),
    addUnits: useHousingMutation((units: HousingUnitInput[]) => api.post<HousingStock>('/housing/units', { units })),
    importUnits: useHousingMutation((file: File) => api.upload<HousingStock>('/housing/units/import', file)),
    setUnitState: useHousingMutation(({ id, state }: { id: string; state: 'available' | 'maintenance' }) =>
      api.post<HousingStock>(`/housing/units/${id}/state`, { state }),
    ),
    openRound: useHousingMutation((body: HousingRoundInput) => api.post<HousingRound>('/housing/rounds', body)),
    step: useHousingMutation(({ code, step, body }: { code: string; step: 'commit' | 'draw' | 'publish'; body?: object }) =>
      api.post<HousingRound>(`/housing/rounds/${code}/${step}`, body ?? {}),
    ),
    lease: useHousingMutation(({ id, step, body }: { id: string; step: 'move-in' | 'renew' | 'end'; body?: object }) =>
      api.post(`/housing/leases/${id}/${step}`, body ?? {}),
    ),
  };
}
