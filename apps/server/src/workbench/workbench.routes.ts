/** /api/v1/workbench/<role> — 工作台: what waits for each staff role and the employer (read-only). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workbench, type Workbench, type WorkbenchRole, WORKBENCH_OPERATIONS } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf, type Principal } from '../http/access.js';
import { adminWorkbench, auditorWorkbench, conciergeWorkbench, employerWorkbench, officerWorkbench, reviewerWorkbench } from './workbench.service.js';

const BUILDERS: Record<WorkbenchRole, (ctx: AppContext, principal: Principal) => Promise<Workbench>> = {
  reviewer: reviewerWorkbench,
  officer: officerWorkbench,
  concierge: conciergeWorkbench,
  auditor: auditorWorkbench,
  admin: adminWorkbench,
  employer: employerWorkbench,
};

/** Workbench routes: one per role, each open to that role only (`ROUTE_ACCESS`). */
export function workbenchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    for (const role of Object.keys(BUILDERS) as WorkbenchRole[]) {
      app.get(
        `/api/v1/workbench/${role}`,
        {
          schema: {
            operationId: WORKBENCH_OPERATIONS[role],
            tags: ['workbench'],
            summary: `The ${role}'s workbench: queue counts and the most urgent items with their deadlines in working days`,
            response: { 200: workbench },
          },
        },
        async (request) => BUILDERS[role](ctx, principalOf(request)),
      );
    }
  };
}
