/** HTTP routes of youth stations: stations, bed calendars, bookings, check-in and check-out, no-shows, occupancy. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bedCalendar,
  bookStayBody,
  checkInBody,
  createStationBody,
  isoDate,
  nightRangeQuery,
  noShowResult,
  problem,
  stationOccupancy,
  stationParams,
  stationTonight,
  stationTonightQuery,
  stayParams,
  youthStation,
  youthStationList,
  youthStay,
  youthStayList,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { bedCalendar as calendarOf, bookStay, cancelStay, createStation, myStays, occupancy, stations, stationStays } from './youth-station.service.js';
import { checkIn, checkOut, markNoShow, releaseNoShows, tonight } from './youth-station-desk.service.js';

const tags = ['youth-stations'];

/** Routes under /api/v1/youth-stations. */
export function youthStationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/youth-stations',
      {
        config: { access: 'authenticated' },
        schema: { operationId: 'listYouthStations', tags, summary: 'Youth stations with their limits and beds', response: { 200: youthStationList } },
      },
      async () => ({ items: await stations(ctx) }),
    );

    app.post(
      '/api/v1/youth-stations',
      {
        schema: {
          operationId: 'createYouthStation',
          tags,
          summary: 'Open a station with its rooms and beds',
          body: createStationBody,
          response: { 201: youthStation, 422: problem },
        },
      },
      async (req, reply) => reply.code(201).send(await createStation(ctx, principalOf(req), req.body)),
    );

    app.get(
      '/api/v1/youth-stations/occupancy',
      {
        schema: {
          operationId: 'youthStationOccupancy',
          tags,
          summary: 'Beds held per station and night',
          querystring: nightRangeQuery,
          response: { 200: stationOccupancy },
        },
      },
      async (req) => occupancy(ctx, req.query.from, req.query.days),
    );

    app.post(
      '/api/v1/youth-stations/no-shows',
      {
        schema: {
          operationId: 'releaseYouthStationNoShows',
          tags,
          summary: 'Release the beds of bookings nobody checked into by the day after their first night',
          body: z.object({ at: isoDate.optional() }).strict(),
          response: { 200: noShowResult },
        },
      },
      async (req) => releaseNoShows(ctx, req.body.at),
    );

    app.get(
      '/api/v1/youth-stations/:id/calendar',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'youthStationBedCalendar',
          tags,
          summary: 'A station’s beds and the nights each is held',
          params: stationParams,
          querystring: nightRangeQuery,
          response: { 200: bedCalendar, 404: problem },
        },
      },
      async (req) => calendarOf(ctx, req.params.id, req.query.from, req.query.days),
    );

    app.get(
      '/api/v1/youth-stations/:id/stays',
      {
        schema: {
          operationId: 'listYouthStationStays',
          tags,
          summary: 'A station’s stays not yet over on a date',
          params: stationParams,
          querystring: z.object({ from: isoDate }).strict(),
          response: { 200: youthStayList, 404: problem },
        },
      },
      async (req) => ({ items: await stationStays(ctx, req.params.id, req.query.from) }),
    );

    app.post(
      '/api/v1/youth-stations/:id/stays',
      {
        config: {
          errorCodes: ['BOLE_STAY_TOO_LONG', 'BOLE_STAY_OVERLAPS', 'BOLE_STAY_YEAR_LIMIT', 'BOLE_STAY_NOT_ELIGIBLE', 'BOLE_BED_TAKEN', 'BOLE_STATION_FULL'],
        },
        schema: {
          operationId: 'bookYouthStationStay',
          tags,
          summary: 'Book a bed for up to the station’s night limit (eligibility on verified facts)',
          params: stationParams,
          body: bookStayBody,
          response: { 201: youthStay, 404: problem, 409: problem, 422: problem },
        },
      },
      async (req, reply) => reply.code(201).send(await bookStay(ctx, principalOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/v1/youth-stations/:id/check-in',
      {
        config: { errorCodes: ['BOLE_NO_STAY_TODAY', 'BOLE_STAY_WRONG_STATE'] },
        schema: {
          operationId: 'checkInYouthStay',
          tags,
          summary: 'The station scans the talent code: today’s booking is checked in',
          params: stationParams,
          body: checkInBody,
          response: { 200: youthStay, 404: problem, 409: problem },
        },
      },
      async (req) => checkIn(ctx, principalOf(req), req.params.id, req.body.code),
    );

    app.get(
      '/api/v1/youth-stations/:id/tonight',
      {
        schema: {
          operationId: 'youthStationTonight',
          tags,
          summary: 'The desk’s list for a night: bookings begun and not checked in, and the guests checked in, by room and bed',
          params: stationParams,
          querystring: stationTonightQuery,
          response: { 200: stationTonight, 404: problem },
        },
      },
      async (req) => tonight(ctx, req.params.id, req.query.date),
    );

    app.post(
      '/api/v1/youth-stays/:id/no-show',
      {
        config: { errorCodes: ['BOLE_STAY_WRONG_STATE', 'BOLE_STAY_NOT_STARTED'] },
        schema: {
          operationId: 'markYouthStayNoShow',
          tags,
          summary: 'The desk marks a booking nobody came for as a no-show (from its first night on); all its nights are released',
          params: stayParams,
          response: { 200: youthStay, 404: problem, 409: problem },
        },
      },
      async (req) => markNoShow(ctx, principalOf(req), req.params.id),
    );

    app.get(
      '/api/v1/youth-stays/mine',
      {
        schema: { operationId: 'myYouthStays', tags, summary: 'The signed-in talent’s stays', response: { 200: youthStayList } },
      },
      async (req) => ({ items: await myStays(ctx, principalOf(req)) }),
    );

    app.post(
      '/api/v1/youth-stays/:id/check-out',
      {
        config: { errorCodes: ['BOLE_STAY_WRONG_STATE'] },
        schema: {
          operationId: 'checkOutYouthStay',
          tags,
          summary: 'Check a stay out; later nights are released',
          params: stayParams,
          response: { 200: youthStay, 404: problem, 409: problem },
        },
      },
      async (req) => checkOut(ctx, principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/youth-stays/:id/cancel',
      {
        config: { errorCodes: ['BOLE_STAY_WRONG_STATE'] },
        schema: {
          operationId: 'cancelYouthStay',
          tags,
          summary: 'The talent cancels a booking; its nights are released',
          params: stayParams,
          response: { 200: youthStay, 404: problem, 409: problem },
        },
      },
      async (req) => cancelStay(ctx, principalOf(req), req.params.id),
    );
  };
}
