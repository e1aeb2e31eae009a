/**
 * HTTP routes of talent apartments and expert housing: the office's stock and rounds, the
 * talent's applications and offers, and the public's published results (`/api/v1/public/housing`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  housingApplication,
  housingApplicationList,
  housingApplyBody,
  housingCommitBody,
  housingDrawBody,
  housingLeaseEndBody,
  housingLeaseParams,
  housingMoveInBody,
  housingOfferList,
  housingOfferParams,
  housingProjectInput,
  housingPublishedRound,
  housingRound,
  housingRoundInput,
  housingRoundList,
  housingRoundParams,
  housingStock,
  housingUnitParams,
  housingUnitStateBody,
  housingUnitsBody,
  housingWaitlists,
  problem,
  type ErrorCode,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf, type Principal } from '../http/access.js';
import { addUnits, createProject, housingStock as readStock, setUnitState } from './housing-stock.service.js';
import { commitRound, drawRound, openRound, publishRound } from './housing-round.service.js';
import { applyForHousing, myHousingApplications } from './housing-application.service.js';
import { acceptOffer, endLease, moveIn, myHousingOffers, refuseOffer, renewLease } from './housing-offer.service.js';
import { housingRound as readRound, housingRounds, housingWaitlists as readWaitlists, publishedHousingRound, roundOffers } from './housing-view.service.js';
import { registerStockImport } from './housing-import.routes.js';

const tags = ['housing'];
const errors = { 400: problem, 403: problem, 404: problem, 409: problem, 422: problem };
const ROUND_STATE: ErrorCode[] = ['BOLE_HOUSING_ROUND_STATE'];
const scopeOf = (role: string) => (role === 'officer' || role === 'auditor' ? 'office' : 'talent');

/** Routes under /api/v1/housing and /api/v1/public/housing. */
export function housingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const ok = z.object({ ok: z.literal(true) });

    app.get(
      '/api/v1/housing/stock',
      {
        schema: { operationId: 'getHousingStock', tags, summary: 'Projects with unit counts per state, and every unit', response: { 200: housingStock } },
      },
      async () => readStock(ctx),
    );
    app.post(
      '/api/v1/housing/projects',
      {
        schema: {
          operationId: 'createHousingProject',
          tags,
          summary: 'Add a project (talent apartments or expert housing) in a district',
          body: housingProjectInput,
          response: { 201: housingStock, ...errors },
        },
      },
      async (req, reply) => {
        await createProject(ctx, principalOf(req), req.body);
        return reply.status(201).send(await readStock(ctx));
      },
    );
    app.post(
      '/api/v1/housing/units',
      {
        schema: {
          operationId: 'addHousingUnits',
          tags,
          summary: 'Add units to the stock, all rows or none (each bad field named)',
          body: housingUnitsBody,
          response: { 201: housingStock, ...errors },
        },
      },
      async (req, reply) => {
        await addUnits(ctx, principalOf(req), req.body.units);
        return reply.status(201).send(await readStock(ctx));
      },
    );
    await registerStockImport(app, ctx);
    app.post(
      '/api/v1/housing/units/:unitId/state',
      {
        config: { errorCodes: ['BOLE_HOUSING_UNIT_STATE'] },
        schema: {
          operationId: 'setHousingUnitState',
          tags,
          summary: 'Put a unit under maintenance or back to available',
          params: housingUnitParams,
          body: housingUnitStateBody,
          response: { 200: housingStock, ...errors },
        },
      },
      async (req) => {
        await setUnitState(ctx, principalOf(req), req.params.unitId, req.body.state);
        return readStock(ctx);
      },
    );

    app.get(
      '/api/v1/housing/rounds',
      {
        schema: { operationId: 'listHousingRounds', tags, summary: 'Allocation rounds, newest first', response: { 200: housingRoundList } },
      },
      async (req) => ({ items: await housingRounds(ctx, scopeOf(principalOf(req).role)) }),
    );
    app.get(
      '/api/v1/housing/rounds/:code',
      {
        schema: {
          operationId: 'getHousingRound',
          tags,
          summary: 'A round: unit types, rules, commitments, cutoffs',
          params: housingRoundParams,
          response: { 200: housingRound, 404: problem },
        },
      },
      async (req) => readRound(ctx, req.params.code, scopeOf(principalOf(req).role)),
    );
    app.post(
      '/api/v1/housing/rounds',
      {
        config: { errorCodes: ['BOLE_HOUSING_NO_UNITS'] },
        schema: {
          operationId: 'openHousingRound',
          tags,
          summary: 'Open a round over every available unit of the listed unit types',
          body: housingRoundInput,
          response: { 201: housingRound, ...errors },
        },
      },
      async (req, reply) => {
        await openRound(ctx, principalOf(req), req.body);
        return reply.status(201).send(await readRound(ctx, req.body.code, 'office'));
      },
    );
    const step = <B>(
      path: string,
      operationId: string,
      summary: string,
      body: z.ZodType<B> | undefined,
      run: (who: Principal, code: string, body: B) => Promise<void>,
      codes: ErrorCode[] = [],
    ) =>
      app.post(
        `/api/v1/housing/rounds/:code/${path}`,
        {
          config: { errorCodes: [...ROUND_STATE, ...codes] },
          schema: { operationId, tags, summary, params: housingRoundParams, ...(body ? { body } : {}), response: { 200: housingRound, ...errors } },
        },
        async (req) => {
          await run(principalOf(req), req.params.code, req.body as B);
          return readRound(ctx, req.params.code, 'office');
        },
      );
    step(
      'commit',
      'commitHousingRound',
      'Close applications and publish the rules, code version, eligible-list hash and the beacon round that will seed the draw',
      housingCommitBody,
      (who, code, body) => commitRound(ctx, who, code, body),
    );
    step(
      'draw',
      'drawHousingRound',
      'Draw with the beacon value once public: lottery numbers, allocation, cutoffs',
      housingDrawBody,
      (who, code, body) => drawRound(ctx, who, code, body.beaconValue),
      ['BOLE_HOUSING_BEACON_NOT_YET'] satisfies ErrorCode[],
    );
    step(
      'publish',
      'publishHousingRound',
      'Publish the result: offers with a deadline in working days, waitlists, unallocated units freed',
      undefined,
      (who, code) => publishRound(ctx, who, code),
    );
    app.get(
      '/api/v1/housing/rounds/:code/offers',
      {
        schema: {
          operationId: 'listHousingRoundOffers',
          tags,
          summary: 'The offers of a round and their leases',
          params: housingRoundParams,
          response: { 200: housingOfferList, 404: problem },
        },
      },
      async (req) => ({ items: await roundOffers(ctx, req.params.code) }),
    );
    app.get(
      '/api/v1/housing/waitlists',
      {
        schema: {
          operationId: 'listHousingWaitlists',
          tags,
          summary: 'Who waits for each unit type, in order, carried between rounds',
          response: { 200: housingWaitlists },
        },
      },
      async () => readWaitlists(ctx),
    );

    app.post(
      '/api/v1/housing/rounds/:code/applications',
      {
        config: { errorCodes: ['BOLE_HOUSING_ROUND_CLOSED', 'BOLE_NOT_ELIGIBLE', 'BOLE_HOUSING_ALREADY_APPLIED'] },
        schema: {
          operationId: 'applyForHousing',
          tags,
          summary: 'Apply in an open round with up to 5 unit types in order (eligibility on verified facts)',
          params: housingRoundParams,
          body: housingApplyBody,
          response: { 201: housingApplication, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await applyForHousing(ctx, principalOf(req), req.params.code, req.body)),
    );
    app.get(
      '/api/v1/housing/applications/mine',
      {
        schema: {
          operationId: 'listMyHousingApplications',
          tags,
          summary: 'My applications with lottery number, place and why once published',
          response: { 200: housingApplicationList },
        },
      },
      async (req) => ({ items: await myHousingApplications(ctx, principalOf(req)) }),
    );
    app.get(
      '/api/v1/housing/offers/mine',
      {
        schema: { operationId: 'listMyHousingOffers', tags, summary: 'My offers and leases', response: { 200: housingOfferList } },
      },
      async (req) => ({ items: await myHousingOffers(ctx, principalOf(req)) }),
    );
    for (const [action, run] of [
      ['accept', acceptOffer],
      ['refuse', refuseOffer],
    ] as const) {
      app.post(
        `/api/v1/housing/offers/:offerId/${action}`,
        {
          config: { errorCodes: ['BOLE_HOUSING_OFFER_CLOSED'] },
          schema: {
            operationId: `${action}HousingOffer`,
            tags,
            summary: action === 'accept' ? 'Accept an offer before its deadline' : 'Refuse an offer: the unit goes to the waitlist',
            params: housingOfferParams,
            response: { 200: ok, ...errors },
          },
        },
        async (req) => {
          await run(ctx, principalOf(req), req.params.offerId);
          return { ok: true as const };
        },
      );
    }

    const leaseStep = <B>(
      path: string,
      operationId: string,
      summary: string,
      body: z.ZodType<B> | undefined,
      run: (who: Principal, leaseId: string, body: B) => Promise<void>,
    ) =>
      app.post(
        `/api/v1/housing/leases/:leaseId/${path}`,
        {
          config: { errorCodes: ['BOLE_HOUSING_LEASE_STATE'] },
          schema: { operationId, tags, summary, params: housingLeaseParams, ...(body ? { body } : {}), response: { 200: ok, ...errors } },
        },
        async (req) => {
          await run(principalOf(req), req.params.leaseId, req.body as B);
          return { ok: true as const };
        },
      );
    leaseStep(
      'move-in',
      'recordHousingMoveIn',
      'Record the move-in: the lease runs from that day; living in a talent apartment becomes a verified fact',
      housingMoveInBody,
      (who, id, body) => moveIn(ctx, who, id, body.moveIn),
    );
    leaseStep('renew', 'renewHousingLease', 'Renew a lease for another term', undefined, (who, id) => renewLease(ctx, who, id));
    leaseStep('end', 'endHousingLease', 'End a lease: the fact is withdrawn and the unit goes to the waitlist', housingLeaseEndBody, (who, id, body) =>
      endLease(ctx, who, id, body.endsOn),
    );

    app.get(
      '/api/v1/public/housing/rounds',
      {
        config: { access: 'public' },
        schema: { operationId: 'listPublishedHousingRounds', tags, summary: 'Published rounds with their cutoffs', response: { 200: housingRoundList } },
      },
      async () => ({ items: await housingRounds(ctx, 'public') }),
    );
    app.get(
      '/api/v1/public/housing/rounds/:code/published',
      {
        config: { access: 'public', errorCodes: ROUND_STATE },
        schema: {
          operationId: 'getPublishedHousingRound',
          tags,
          summary: 'The published inputs and result of a round, as `bole housing verify` re-checks them',
          params: housingRoundParams,
          response: { 200: housingPublishedRound, 404: problem, 409: problem },
        },
      },
      async (req) => publishedHousingRound(ctx, req.params.code),
    );
  };
}
