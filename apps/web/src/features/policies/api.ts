/** The policies API: the pack's documents and versions, validation, examples, publication, what-if. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExampleRun, PolicyParameterList, PolicyValidation, PolicyVersionDetail, PolicyVersionList, SimulateBody, SimulateResult } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import { policyListQuery } from '../../shared/api/policies';

/** GET /policies. */
export function usePolicyList() {
  return useQuery(policyListQuery);
}

/** GET /policies/:id/versions. */
export function usePolicyVersions(id: string) {
  return useQuery({ queryKey: queryKeys.policies.versions(id), queryFn: () => api.get<PolicyVersionList>(`/policies/${encodeURIComponent(id)}/versions`) });
}

/** GET /policies/:id/versions/:v (disabled until a version is chosen). */
export function usePolicyVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: queryKeys.policies.version(id, version),
    queryFn: () => api.get<PolicyVersionDetail>(`/policies/${encodeURIComponent(id)}/versions/${version}`),
    enabled: version !== null,
  });
}

/** POST /policies/:id/validate — nothing stored. */
export function validatePolicyYaml(id: string, yaml: string) {
  return api.post<PolicyValidation>(`/policies/${encodeURIComponent(id)}/validate`, { yaml });
}

/** Mutations on a document's versions; every success refreshes its lists. */
export function usePolicyMutations(id: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: queryKeys.policies.all });
  const base = `/policies/${encodeURIComponent(id)}/versions`;
  return {
    create: useMutation({ mutationFn: (yaml: string) => api.post<PolicyVersionDetail>(base, { yaml }), onSuccess: refresh }),
    runExamples: useMutation({ mutationFn: (v: number) => api.post<ExampleRun>(`${base}/${v}/run-examples`, {}), onSuccess: refresh }),
    publish: useMutation({
      mutationFn: ({ v, ...body }: { v: number; effectiveFrom: string; reason?: string }) => api.post<PolicyVersionDetail>(`${base}/${v}/publish`, body),
      onSuccess: () => Promise.all([refresh(), qc.invalidateQueries({ queryKey: queryKeys.approvals.all })]),
    }),
    retire: useMutation({ mutationFn: (v: number) => api.post<PolicyVersionDetail>(`${base}/${v}/retire`, {}), onSuccess: refresh }),
  };
}

/** GET /policies/parameters. */
export function usePolicyParameters(at: string | null) {
  return useQuery({
    queryKey: queryKeys.policies.parameters(at),
    queryFn: () => api.get<PolicyParameterList>(`/policies/parameters${at ? `?at=${at}` : ''}`),
  });
}

/** POST /policies/simulate. */
export function useSimulation() {
  return useMutation({ mutationFn: (body: SimulateBody) => api.post<SimulateResult>('/policies/simulate', body) });
}
