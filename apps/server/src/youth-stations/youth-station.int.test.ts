import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { youthStationHarness } from './youth-station-testing.js';
import { issueTalentCode } from '../talent-code/talent-code.service.js';

const { h, call, graduate, open, close } = youthStationHarness();
beforeAll(() => open());
afterAll(() => close());

const url = () => `/api/v1/youth-stations/${h.stationId}`;
async function counts() {
  const r = (await h.ctx.db.execute(
    sql`select (select count(*)::int from youth_stays) stays, (select count(*)::int from youth_stay_nights) nights`,
  )) as unknown as {
    rows: { stays: number; nights: number }[];
  };
  return r.rows[0]!;
}

describe('booking a youth-station bed', () => {
  it('books an eligible graduate for 7 nights on one bed, shown on the bed calendar and in the office’s occupancy', async () => {
    const t = await graduate();
    const res = await call('POST', `${url()}/stays`, t, { firstNight: '2026-07-20', nights: 7 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'booked', firstNight: '2026-07-20', lastNight: '2026-07-26', nights: 7, room: '101', bed: '1' });
    const cal = (await call('GET', `${url()}/calendar?from=2026-07-19&days=10`, t)).json();
    expect(cal.beds[0].held).toEqual(['2026-07-20', '2026-07-21', '2026-07-22', '2026-07-23', '2026-07-24', '2026-07-25', '2026-07-26']);
    expect(cal.beds[1].held).toEqual([]);
    const occ = (await call('GET', '/api/v1/youth-stations/occupancy?from=2026-07-19&days=3', h.officer)).json();
    expect(occ.stations[0]).toMatchObject({ beds: 4, held: [0, 1, 1] });
  });

  it('refuses 8 nights, naming the field, and writes nothing', async () => {
    const t = await graduate();
    const before = await counts();
    const res = await call('POST', `${url()}/stays`, t, { firstNight: '2026-07-20', nights: 8 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BOLE_STAY_TOO_LONG', errors: [{ field: 'nights' }] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a second stay in the same year (overlapping or not) and writes nothing', async () => {
    const t = await graduate();
    expect((await call('POST', `${url()}/stays`, t, { firstNight: '2026-08-01', nights: 3 })).statusCode).toBe(201);
    const before = await counts();
    const overlap = await call('POST', `${url()}/stays`, t, { firstNight: '2026-08-02', nights: 2 });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ code: 'BOLE_STAY_OVERLAPS', errors: [{ field: 'firstNight' }] });
    const later = await call('POST', `${url()}/stays`, t, { firstNight: '2026-10-01', nights: 2 });
    expect(later.json()).toMatchObject({ code: 'BOLE_STAY_YEAR_LIMIT', errors: [{ field: 'firstNight' }] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a talent the policy does not admit on verified facts (city hukou)', async () => {
    const t = await graduate({}, { hukouInCity: true });
    const res = await call('POST', `${url()}/stays`, t, { firstNight: '2026-07-20', nights: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BOLE_STAY_NOT_ELIGIBLE');
    expect(res.json().detailZh).toContain('非本市户籍');
  });

  it('gives a named bed to one person only: the second is told the bed is held on that night', async () => {
    const cal = (await call('GET', `${url()}/calendar?from=2026-09-01&days=1`, h.officer)).json();
    const bedId = cal.beds[3].id;
    const a = await graduate();
    const b = await graduate();
    expect((await call('POST', `${url()}/stays`, a, { firstNight: '2026-09-01', nights: 2, bedId })).statusCode).toBe(201);
    const res = await call('POST', `${url()}/stays`, b, { firstNight: '2026-09-02', nights: 2, bedId });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BOLE_BED_TAKEN', errors: [{ field: 'bedId' }] });
    expect(res.json().detail).toContain('2026-09-02');
  });

  it('checks a guest in by their talent code on the first night, out early (releasing later nights); a no-show’s bed is released', async () => {
    const guest = await graduate();
    const absent = await graduate();
    h.ctx.clock.set('2026-07-14T02:00:00Z');
    const stay = (await call('POST', `${url()}/stays`, guest, { firstNight: '2026-07-15', nights: 5 })).json();
    const noShow = (await call('POST', `${url()}/stays`, absent, { firstNight: '2026-07-15', nights: 3 })).json();
    h.ctx.clock.set('2026-07-15T10:00:00Z');
    const code = await h.ctx.db.transaction((tx) => issueTalentCode(h.ctx, tx, { talentId: guest.talentId, tier: 'E', validUntil: '2027-07-14', actor: null }));
    const inRes = await call('POST', `${url()}/check-in`, h.officer, { code: code.token });
    expect(inRes.statusCode, inRes.body).toBe(200);
    expect(inRes.json()).toMatchObject({ id: stay.id, status: 'checked_in' });
    expect((await call('POST', `${url()}/check-in`, h.officer, { code: code.token })).json().code).toBe('BOLE_NO_STAY_TODAY');

    h.ctx.clock.set('2026-07-16T02:00:00Z');
    const released = (await call('POST', '/api/v1/youth-stations/no-shows', h.officer, {})).json();
    expect(released.released).toEqual([noShow.id]);
    expect((await call('POST', '/api/v1/youth-stations/no-shows', h.officer, {})).json().released).toEqual([]);
    const out = await call('POST', `/api/v1/youth-stays/${stay.id}/check-out`, h.officer);
    expect(out.json()).toMatchObject({ status: 'checked_out' });
    const cal = (await call('GET', `${url()}/calendar?from=2026-07-15&days=5`, h.officer)).json();
    const heldBy = (bedId: string) => cal.beds.find((b: { id: string }) => b.id === bedId).held;
    expect(heldBy(stay.bedId)).toEqual(['2026-07-15']);
    expect(heldBy(noShow.bedId)).toEqual([]);
    const desk = (await call('GET', `${url()}/stays?from=2026-07-15`, h.officer)).json();
    expect(desk.items.find((s: { id: string }) => s.id === noShow.id)).toMatchObject({ status: 'no_show' });
    h.ctx.clock.set('2026-07-15T02:00:00Z');
  });
});
