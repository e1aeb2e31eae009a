/** Every application in review across departments (GET /review/in-review). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InReviewPage, InReviewQuery } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** A page, soonest due first, optionally of one department. */
export function useInReview(query: InReviewQuery) {
  return useQuery({
    queryKey: queryKeys.inReview.page(query),
    queryFn: () => api.get<InReviewPage>(`/review/in-review${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}
