import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { cityQuery, setCityData } from '../shared/api/city';
import { LoadError, LoadingBlock } from '../shared/ui/LoadingBlock';

/** Renders the app once the city's data (districts, chains, departments) is loaded. */
export function CityGate({ children }: { children: ReactNode }) {
  const q = useQuery(cityQuery);
  if (q.isError) return <LoadError text={q.error.message} onRetry={() => void q.refetch()} />;
  if (!q.data) return <LoadingBlock />;
  setCityData(q.data);
  return <>{children}</>;
}
