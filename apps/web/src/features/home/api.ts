/** The signed-in role's workbench (GET /workbench/<role>). */
import { useQuery } from '@tanstack/react-query';
import type { Workbench, WorkbenchRole } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** What waits for the role: queue counts and the most urgent items. */
export function useWorkbench(role: WorkbenchRole) {
  return useQuery({
    queryKey: queryKeys.workbench.of(role),
    queryFn: () => api.get<Workbench>(`/workbench/${role}`),
  });
}
