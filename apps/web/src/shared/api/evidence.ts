/**
 * The signed-in talent's evidence file (GET /evidence): every form that reuses a file already on
 * file (an application's requirements, a service request's materials) reads the same list, and
 * every form that attaches a new file uploads it here.
 */
import { useQuery } from '@tanstack/react-query';
import type { Evidence, EvidenceKind, EvidenceList } from '@bole/contracts';
import { api } from './client';
import { queryKeys } from './query-keys';

/** Evidence on file for the talent, newest first. */
export function useEvidenceOnFile() {
  return useQuery({ queryKey: queryKeys.evidence.of(), queryFn: () => api.get<EvidenceList>('/evidence') });
}

/**
 * Uploads a file as evidence of `kind` (an employer: for its employee `talentId`); resolves with
 * the record (also when the same file was already on file).
 */
export function uploadEvidence(kind: EvidenceKind, file: File, talentId?: string): Promise<Evidence> {
  return api.upload<Evidence>(`/evidence?kind=${kind}${talentId ? `&talentId=${talentId}` : ''}`, file);
}
