import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { StayStatus } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

/** A youth station (青年驿站): where it is, its per-stay night limit and per-person yearly stay limit, and the policy that decides who may stay. */
export const youthStations = pgTable('youth_stations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: jsonb('name').$type<{ zh: string; en: string }>().notNull(),
  district: text('district').notNull(),
  address: text('address').notNull(),
  maxNights: integer('max_nights').notNull(),
  staysPerYear: integer('stays_per_year').notNull(),
  policyId: text('policy_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** A bed of a station, in a room. */
export const youthStationBeds = pgTable(
  'youth_station_beds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => youthStations.id),
    room: text('room').notNull(),
    label: text('label').notNull(),
  },
  (t) => [unique('youth_station_beds_label_uq').on(t.stationId, t.room, t.label)],
);

/** A stay: one bed for consecutive nights from `firstNight`. Rows are never deleted. */
export const youthStays = pgTable(
  'youth_stays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => youthStations.id),
    bedId: uuid('bed_id')
      .notNull()
      .references(() => youthStationBeds.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    firstNight: date('first_night', { mode: 'string' }).notNull(),
    nights: integer('nights').notNull(),
    status: text('status').$type<StayStatus>().notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true, mode: 'string' }).notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, mode: 'string' }),
    checkedInBy: uuid('checked_in_by'),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true, mode: 'string' }),
    releasedAt: timestamp('released_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    check('youth_stays_nights_ck', sql`${t.nights} between 1 and 60`),
    index('youth_stays_talent_idx').on(t.talentId, t.firstNight),
    index('youth_stays_booked_idx')
      .on(t.firstNight)
      .where(sql`${t.status} = 'booked'`),
  ],
);

/**
 * The bed guarantee: one row per bed and night a stay holds. The primary key (bed, night) makes
 * two holders of one bed on one night impossible, whichever server node inserts; the unique
 * (talent, night) makes two overlapping stays of one person impossible. A released night (a
 * no-show, an early check-out, a cancellation) is deleted, freeing the bed.
 */
export const youthStayNights = pgTable(
  'youth_stay_nights',
  {
    bedId: uuid('bed_id')
      .notNull()
      .references(() => youthStationBeds.id),
    night: date('night', { mode: 'string' }).notNull(),
    stayId: uuid('stay_id')
      .notNull()
      .references(() => youthStays.id),
    talentId: uuid('talent_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'youth_stay_nights_pk', columns: [t.bedId, t.night] }),
    unique('youth_stay_nights_talent_uq').on(t.talentId, t.night),
    index('youth_stay_nights_stay_idx').on(t.stayId),
  ],
);
