/**
 * The signed-in talent's evidence file (GET /evidence): every form that reuses a file already on
 * file (an application's requirements, a service request's materials) reads the same list.
 */
import { useQuery } from '@tanstack/react-query';
import type { EvidenceList } from '@bole/contracts';
import { api } from './client';
import { queryKeys } from './query-keys';

/** Evidence on file for the talent, newest first. */
export function useEvidenceOnFile() {
  return useQuery({ queryKey: queryKeys.evidence.of(), queryFn: () => api.get<EvidenceList>('/evidence') });
}
