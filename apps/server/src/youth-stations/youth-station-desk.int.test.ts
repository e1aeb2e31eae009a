/**
 * A station's desk: tonight's list (bookings begun and guests in the house, by room and bed) and
 * marking a guest who did not come as a no-show — not before their first night, never a guest
 * already checked in — which frees the bed for someone else that same night.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { youthStationHarness } from './youth-station-testing.js';
import { issueTalentCode } from '../talent-code/talent-code.service.js';

const { h, call, graduate, open, close } = youthStationHarness();
beforeAll(() => open('2026-07-14T02:00:00Z'));
afterAll(() => close());

const url = () => `/api/v1/youth-stations/${h.stationId}`;
type Stay = { id: string; bedId: string; room: string; bed: string; status: string; talentName: string };

describe('the station desk', () => {
  it('lists tonight’s guests, checks one in, marks another a no-show and gives the freed bed to someone else', async () => {
    const [a, b, c] = [await graduate(), await graduate(), await graduate()];
    const book = async (who: { cookie: string }, firstNight: string, nights: number) => {
      const res = await call('POST', `${url()}/stays`, who, { firstNight, nights });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as Stay;
    };
    const stayA = await book(a, '2026-07-15', 3);
    const stayB = await book(b, '2026-07-15', 2);
    const stayC = await book(c, '2026-07-20', 2);

    // Before its first night a booking cannot be marked as a no-show; nothing changes.
    const early = await call('POST', `/api/v1/youth-stays/${stayC.id}/no-show`, h.officer);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'BOLE_STAY_NOT_STARTED', errors: [{ field: 'id' }] });
    expect(early.json().detailZh).toContain('2026-07-20');

    h.ctx.clock.set('2026-07-15T10:00:00Z');
    const tonight = (await call('GET', `${url()}/tonight`, h.officer)).json();
    expect(tonight.date).toBe('2026-07-15');
    expect(tonight.items.map((s: Stay) => [s.id, `${s.room}-${s.bed}`, s.status])).toEqual([
      [stayA.id, `${stayA.room}-${stayA.bed}`, 'booked'],
      [stayB.id, `${stayB.room}-${stayB.bed}`, 'booked'],
    ]);

    const code = await h.ctx.db.transaction((tx) => issueTalentCode(h.ctx, tx, { talentId: a.talentId, tier: 'E', validUntil: '2027-07-14', actor: null }));
    expect((await call('POST', `${url()}/check-in`, h.officer, { code: code.token })).statusCode).toBe(200);
    const inHouse = await call('POST', `/api/v1/youth-stays/${stayA.id}/no-show`, h.officer);
    expect(inHouse.statusCode).toBe(409);
    expect(inHouse.json().code).toBe('BOLE_STAY_WRONG_STATE');

    const marked = await call('POST', `/api/v1/youth-stays/${stayB.id}/no-show`, h.officer);
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ id: stayB.id, status: 'no_show' });
    const again = await call('POST', `/api/v1/youth-stays/${stayB.id}/no-show`, h.officer);
    expect(again.json().code).toBe('BOLE_STAY_WRONG_STATE');

    // The bed is free tonight: a late arrival books that very bed.
    const late = await graduate();
    const rebooked = await call('POST', `${url()}/stays`, late, { firstNight: '2026-07-15', nights: 1, bedId: stayB.bedId });
    expect(rebooked.statusCode, rebooked.body).toBe(201);
    const after = (await call('GET', `${url()}/tonight`, h.officer)).json();
    expect(after.items.map((s: Stay) => [s.id, s.status])).toEqual([
      [stayA.id, 'checked_in'],
      [rebooked.json().id, 'booked'],
    ]);
  });

  it('is for the desk only: a talent may not read a station’s night', async () => {
    const t = await graduate();
    expect((await call('GET', `${url()}/tonight`, t)).statusCode).toBe(403);
  });
});
