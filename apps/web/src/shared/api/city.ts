/**
 * The city this instance serves (GET /api/v1/city): its districts, industry chains and
 * departments with their names. These are the city's data, not compiled into the web: the app
 * loads them once at start (`CityGate`) and every select and label of a district, chain or
 * department reads them from here.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Bilingual, CityDataExchange, CityInfo } from '@bole/contracts';
import { api } from './client';
import { queryKeys } from './query-keys';

/** The city's own vocabularies. */
export type CityGroup = 'district' | 'chain' | 'department';

/** GET /city: the same for every visitor and for the whole session. */
export const cityQuery = queryOptions({ queryKey: queryKeys.city.all, queryFn: () => api.get<CityInfo>('/city'), staleTime: Infinity, gcTime: Infinity });

let current: CityInfo | null = null;
let tables: Record<CityGroup, Map<string, Bilingual>> = { district: new Map(), chain: new Map(), department: new Map() };

/** Makes `city` the one the labels and lists below read (done by the gate once it is loaded). */
export function setCityData(city: CityInfo): void {
  if (current === city) return;
  current = city;
  tables = {
    district: new Map(city.districts.map((d) => [d.code, d.name])),
    chain: new Map(city.chains.map((c) => [c.code, c.name])),
    department: new Map(city.departments.map((d) => [d.code, d.name])),
  };
}

/** Whether a group is one of the city's own vocabularies. */
export function isCityGroup(group: string): group is CityGroup {
  return group === 'district' || group === 'chain' || group === 'department';
}

/** The codes of a city vocabulary, in the city's order. */
export function cityCodes(group: CityGroup): string[] {
  return [...tables[group].keys()];
}

/** The name of a code of the city's vocabulary, or null when the city has no such code. */
export function cityLabel(group: CityGroup, code: string): Bilingual | null {
  return tables[group].get(code) ?? null;
}

/** The city's name (its data loads before any screen). */
export function cityName(): Bilingual | undefined {
  return current?.name;
}

/** 数据共享: the departments that deliver facts, with the facts each may deliver. */
export function cityFactSuppliers(): CityDataExchange[] {
  return current?.dataExchange ?? [];
}
