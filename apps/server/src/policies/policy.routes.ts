/**
 * Policies as code over HTTP: list documents and versions, validate YAML, create drafts, run
 * examples, request a publication (a second officer approves it), retire. Reading is for staff; changing is for the talent office.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exampleRun,
  policyIdParam,
  policyList,
  policyValidation,
  policyVersionDetail,
  policyVersionList,
  policyVersionParams,
  policyValidateBody,
  policyYamlBody,
  publishBody,
} from '@bole/contracts';
import { principalOf } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { createVersion, getVersion, listPolicies, listVersions, runExamples, validateYaml } from './policy.service.js';
import { requestPublication, retireVersion } from './policy-publish.service.js';
import { calculatorRoutes } from './calculator.routes.js';
import { publicPolicyRoutes } from './public-policies.routes.js';
import { simulateRoutes } from './simulate.routes.js';

const tags = ['policies'];

/**
 * Every route of the policies area (versions, calculator, what-if). The pack in `policies/` is
 * seeded as version 1 at start-up (first-start.ts) when the table is empty.
 */
export function policyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(policyVersionRoutes(ctx));
    await app.register(calculatorRoutes(ctx));
    await app.register(publicPolicyRoutes(ctx));
    await app.register(simulateRoutes(ctx));
  };
}

function policyVersionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/policies',
      {
        schema: { operationId: 'listPolicies', tags, summary: 'The pack’s documents and their versions in force', response: { 200: policyList } },
      },
      async () => listPolicies(ctx),
    );

    app.get(
      '/api/v1/policies/:id/versions',
      {
        schema: {
          operationId: 'listPolicyVersions',
          tags,
          summary: 'Every version of one document',
          params: policyIdParam,
          response: { 200: policyVersionList },
        },
      },
      async (req) => ({ policyId: req.params.id, items: await listVersions(ctx, req.params.id, principalOf(req)) }),
    );

    app.get(
      '/api/v1/policies/:id/versions/:v',
      {
        schema: {
          operationId: 'getPolicyVersion',
          tags,
          summary: 'One version with its YAML source',
          params: policyVersionParams,
          response: { 200: policyVersionDetail },
        },
      },
      async (req) => getVersion(ctx, req.params.id, req.params.v, principalOf(req)),
    );

    app.post(
      '/api/v1/policies/:id/validate',
      {
        schema: {
          operationId: 'validatePolicySource',
          tags,
          summary: 'Check a YAML source against the pack (nothing is stored)',
          params: policyIdParam,
          body: policyValidateBody,
          response: { 200: policyValidation },
        },
      },
      async (req) => validateYaml(ctx, req.params.id, req.body.yaml),
    );

    app.post(
      '/api/v1/policies/:id/versions',
      {
        schema: {
          operationId: 'createPolicyVersion',
          tags,
          summary: 'Create a draft version from YAML (400 with line and column per error)',
          params: policyIdParam,
          body: policyYamlBody,
          response: { 201: policyVersionDetail },
        },
      },
      async (req, reply) => reply.status(201).send(await createVersion(ctx, principalOf(req), req.params.id, req.body.yaml)),
    );

    app.post(
      '/api/v1/policies/:id/versions/:v/run-examples',
      {
        schema: {
          operationId: 'runPolicyExamples',
          tags,
          summary: 'Run a version’s example cases and keep the result',
          params: policyVersionParams,
          response: { 200: exampleRun },
        },
      },
      async (req) => runExamples(ctx, principalOf(req), req.params.id, req.params.v),
    );

    app.post(
      '/api/v1/policies/:id/versions/:v/publish',
      {
        config: {
          errorCodes: ['BOLE_POLICY_NOT_DRAFT', 'BOLE_POLICY_EFFECTIVE_DATE', 'BOLE_POLICY_NO_EXAMPLES', 'BOLE_POLICY_EXAMPLES_FAILED'],
        },
        schema: {
          operationId: 'requestPolicyPublication',
          tags,
          summary:
            'Request the publication of a draft from a date (refused unless the YAML is valid and every example passes); published when a second officer approves it (POST /api/v1/approvals/:id/approve)',
          params: policyVersionParams,
          body: publishBody,
          response: { 202: policyVersionDetail },
        },
      },
      async (req, reply) =>
        reply.status(202).send(await requestPublication(ctx, principalOf(req), req.params.id, req.params.v, req.body.effectiveFrom, req.body.reason || null)),
    );

    app.post(
      '/api/v1/policies/:id/versions/:v/retire',
      {
        config: { errorCodes: ['BOLE_POLICY_IN_EFFECT', 'BOLE_POLICY_RETIRED'] },
        schema: {
          operationId: 'retirePolicyVersion',
          tags,
          summary: 'Withdraw a draft or a version not yet in effect',
          params: policyVersionParams,
          body: z.object({}).strict().optional(),
          response: { 200: policyVersionDetail },
        },
      },
      async (req) => retireVersion(ctx, principalOf(req), req.params.id, req.params.v),
    );
  };
}
