/**
 * The talent list's query lives in the URL (?page=2&district=攸县&sort=name …) so a view can
 * be bookmarked, shared and restored by the back button. Pure functions.
 */
import { DEGREES, TALENT_SORTS, TIERS, type TalentListQuery } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';

/** Page size used unless the URL says otherwise. */
export const DEFAULT_PAGE_SIZE = 10;
/** Sort used unless the URL says otherwise. */
export const DEFAULT_SORT: TalentListQuery['sort'] = '-updatedAt';

function oneOf<T extends string>(values: readonly T[], v: string | null): T | undefined {
  return v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Reads the list query from the URL, ignoring anything invalid. */
export function parseListParams(params: URLSearchParams): TalentListQuery {
  const q = params.get('q')?.trim().slice(0, 50);
  return {
    page: positiveInt(params.get('page'), 1, 100_000),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 200),
    q: q || undefined,
    district: oneOf(cityCodes('district'), params.get('district')),
    chain: oneOf(cityCodes('chain'), params.get('chain')),
    degree: oneOf(DEGREES, params.get('degree')),
    tier: oneOf([...TIERS, 'none'] as const, params.get('tier')),
    sort: oneOf(TALENT_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  };
}

/** Writes the list query to URL parameters, leaving out defaults. */
export function toListParams(query: TalentListQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.district) out.set('district', query.district);
  if (query.chain) out.set('chain', query.chain);
  if (query.degree) out.set('degree', query.degree);
  if (query.tier) out.set('tier', query.tier);
  if (query.sort !== DEFAULT_SORT) out.set('sort', query.sort);
  if (query.page !== 1) out.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(query.pageSize));
  return out;
}

/** A filter change: the new value replaces the old and the list goes back to page 1. */
export function withFilter(query: TalentListQuery, patch: Partial<Omit<TalentListQuery, 'page' | 'pageSize'>>): TalentListQuery {
  return { ...query, ...patch, page: 1 };
}
