/** The officer's searchable talent list. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TalentListPage, TalentListQuery } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /talents with the given filters; keeps showing the previous page while the next loads. */
export function useTalentList(query: TalentListQuery) {
  return useQuery({
    queryKey: queryKeys.talents.list(query),
    queryFn: () => api.get<TalentListPage>(`/talents${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}
