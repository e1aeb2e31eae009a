/**
 * The bed guarantee across server nodes: talents booking at the same moment through two nodes on
 * one PostgreSQL never hold one bed on one night twice — the (bed, night) key decides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openSecondNode, type SecondNode } from '../../test/second-node.js';
import { youthStationHarness } from './youth-station-testing.js';

const { h, call, graduate, open, close } = youthStationHarness();
let nodeB: SecondNode;
beforeAll(async () => {
  await open();
  nodeB = await openSecondNode(h.ctx);
});
afterAll(async () => {
  await nodeB.close();
  await close();
});

/** Registered one after another (registration is not what is raced here). */
async function graduates(n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await graduate());
  return out;
}

const url = () => `/api/v1/youth-stations/${h.stationId}/stays`;

describe('two nodes booking at once', () => {
  it('one named bed asked for by six people through two nodes: exactly one holds it', async () => {
    const bedId = (await call('GET', `/api/v1/youth-stations/${h.stationId}/calendar?from=2026-08-01&days=1`, h.officer)).json().beds[0].id;
    const people = await graduates(6);
    const answers = await Promise.all(
      people.map((p, i) => call('POST', url(), p, { firstNight: `2026-08-0${1 + (i % 3)}`, nights: 3, bedId }, i % 2 ? nodeB.app : h.app)),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().code === 'BOLE_BED_TAKEN')).toBe(true);
  });

  it('eight people, four beds, two nodes, any free bed: four hold a bed each, four are told the station is full', async () => {
    const people = await graduates(8);
    const answers = await Promise.all(people.map((p, i) => call('POST', url(), p, { firstNight: '2026-09-10', nights: 2 }, i % 2 ? nodeB.app : h.app)));
    const won = answers.filter((a) => a.statusCode === 201).map((a) => a.json().bedId as string);
    expect(new Set(won).size).toBe(4);
    expect(answers.filter((a) => a.statusCode === 409).map((a) => a.json().code)).toEqual(Array(4).fill('BOLE_STATION_FULL'));
    const dup = (await h.ctx.db.execute(sql`select bed_id, night, count(*) from youth_stay_nights group by 1, 2 having count(*) > 1`)) as unknown as {
      rows: unknown[];
    };
    expect(dup.rows).toEqual([]);
  });
});
