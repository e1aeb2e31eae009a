/**
 * HTTP routes of events: the organisers' events, registrations, waitlists and attendance; the
 * talent's registrations, offers and tickets; the door's check-in; and each event's public
 * revocation list (`/api/v1/public/events/:code/revocations`) for phones verifying offline.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  checkinBody,
  checkinResponse,
  eventAttendance as attendanceSchema,
  eventInput,
  eventList as eventListSchema,
  eventParams,
  eventRegisterBody,
  eventRegistration,
  eventRegistrationList,
  eventRegistrationParams,
  eventRevocations as revocationsSchema,
  eventView as eventViewSchema,
  myRegistrationParams,
  problem,
} from '@bole/contracts';
import { z } from 'zod';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { ownTalentId } from '../talents/talent.service.js';
import { createEvent, eventList, eventView, updateEvent } from './event.service.js';
import { expireEventOffers, moveRegistration, registerForEvent, type RegistrationAction } from './event-registration.service.js';
import { registrationsOf } from './event-registration.view.js';
import { checkIn, eventAttendance, eventRevocations } from './event-checkin.service.js';

const tags = ['events'];
const errors = { 400: problem, 403: problem, 404: problem, 409: problem, 422: problem };

/** Routes under /api/v1/events and /api/v1/public/events. */
export function eventRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/events',
      { schema: { operationId: 'listEvents', tags, summary: 'Events with their sessions and places, newest first', response: { 200: eventListSchema } } },
      async () => ({
        items: await eventList(ctx),
      }),
    );
    app.post(
      '/api/v1/events',
      {
        schema: {
          operationId: 'createEvent',
          tags,
          summary: 'Create an event with its sessions',
          body: eventInput,
          response: { 201: eventViewSchema, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await createEvent(ctx, principalOf(req), req.body)),
    );
    app.get(
      '/api/v1/events/:code',
      {
        schema: {
          operationId: 'getEvent',
          tags,
          summary: 'An event with its sessions and places',
          params: eventParams,
          response: { 200: eventViewSchema, ...errors },
        },
      },
      async (req) => eventView(ctx, req.params.code),
    );
    app.put(
      '/api/v1/events/:code',
      {
        schema: {
          operationId: 'updateEvent',
          tags,
          summary: 'Edit an event, its sessions and capacities (a raised capacity offers places down the waitlist)',
          params: eventParams,
          body: eventInput,
          response: { 200: eventViewSchema, ...errors },
        },
      },
      async (req) => updateEvent(ctx, principalOf(req), req.params.code, req.body),
    );
    app.post(
      '/api/v1/events/:code/registrations',
      {
        schema: {
          operationId: 'registerForEvent',
          tags,
          summary: 'Register for a session (a place, the waitlist, or awaiting approval)',
          params: eventParams,
          body: eventRegisterBody,
          response: { 201: eventRegistration, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await registerForEvent(ctx, principalOf(req), req.params.code, req.body)),
    );
    app.get(
      '/api/v1/events/registrations/mine',
      { schema: { operationId: 'listMyEventRegistrations', tags, summary: 'My registrations with their tickets', response: { 200: eventRegistrationList } } },
      async (req) => ({ items: await registrationsOf(ctx, { talentId: ownTalentId(principalOf(req)) }) }),
    );
    const mine = (operationId: string, path: string, action: RegistrationAction, summary: string) =>
      app.post(
        `/api/v1/events/registrations/:registrationId/${path}`,
        { schema: { operationId, tags, summary, params: myRegistrationParams, response: { 200: eventRegistration, ...errors } } },
        async (req) => moveRegistration(ctx, principalOf(req), req.params.registrationId, action, { talentId: ownTalentId(principalOf(req)) }),
      );
    mine('cancelMyEventRegistration', 'cancel', 'cancel', 'Cancel my registration (frees the place, revokes the ticket)');
    mine('acceptEventOffer', 'accept', 'accept', 'Take the place offered from the waitlist');
    mine('declineEventOffer', 'decline', 'refuse', 'Decline the place offered from the waitlist');

    app.get(
      '/api/v1/events/:code/registrations',
      {
        schema: {
          operationId: 'listEventRegistrations',
          tags,
          summary: 'Registrations of an event, with the waitlist in order and open offers',
          params: eventParams,
          response: { 200: eventRegistrationList, ...errors },
        },
      },
      async (req) => ({ items: await registrationsOf(ctx, { eventId: (await eventView(ctx, req.params.code)).id }) }),
    );
    const organiser = (operationId: string, path: string, action: RegistrationAction, summary: string) =>
      app.post(
        `/api/v1/events/:code/registrations/:registrationId/${path}`,
        { schema: { operationId, tags, summary, params: eventRegistrationParams, response: { 200: eventRegistration, ...errors } } },
        async (req) => moveRegistration(ctx, principalOf(req), req.params.registrationId, action, { eventCode: req.params.code }),
      );
    organiser('approveEventRegistration', 'approve', 'approve', 'Approve a registration awaiting the organisers');
    organiser('declineEventRegistration', 'decline', 'decline', 'Decline a registration awaiting the organisers (frees the place)');
    organiser('cancelEventRegistration', 'cancel', 'cancel', 'Cancel a registration (frees the place, revokes the ticket)');
    app.post(
      '/api/v1/events/offers/expire',
      {
        schema: {
          operationId: 'expireEventOffers',
          tags,
          summary: 'Expire waitlist offers past their reply window now',
          response: { 200: z.object({ expired: z.number().int() }) },
        },
      },
      async () => ({ expired: await expireEventOffers(ctx) }),
    );

    app.post(
      '/api/v1/events/:code/checkins',
      {
        schema: {
          operationId: 'checkInEventTickets',
          tags,
          summary: 'Scans from a door device (one, or a batch on sync): each valid, duplicate or invalid',
          params: eventParams,
          body: checkinBody,
          response: { 200: checkinResponse, ...errors },
        },
      },
      async (req) => ({ results: await checkIn(ctx, req.params.code, req.body) }),
    );
    app.get(
      '/api/v1/events/:code/attendance',
      {
        schema: {
          operationId: 'getEventAttendance',
          tags,
          summary: 'Attendance per session',
          params: eventParams,
          response: { 200: attendanceSchema, ...errors },
        },
      },
      async (req) => eventAttendance(ctx, req.params.code),
    );
    app.get(
      '/api/v1/public/events/:code/revocations',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getEventRevocations',
          tags,
          summary: "The event's revoked ticket ids (for offline verification)",
          params: eventParams,
          response: { 200: revocationsSchema, 404: problem },
        },
      },
      async (req) => eventRevocations(ctx, req.params.code),
    );
  };
}
