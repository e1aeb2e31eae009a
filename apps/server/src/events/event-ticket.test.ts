import { describe, expect, it } from 'vitest';
import { generateKey } from '../region/credentials/index.js';
import { signTicket, verifyTicket } from './event-ticket.js';

const claims = {
  event: 'F2026',
  session: 'S1',
  ticketId: 'abcDEF123_-',
  maskedName: '张*明',
  validFrom: new Date('2026-07-15T00:00:00Z'),
  validUntil: new Date('2026-08-01T10:00:00Z'),
};
const at = new Date('2026-08-01T01:00:00Z');

describe.each(['EdDSA', 'SM2'] as const)('event ticket signed with %s', (alg) => {
  it('verifies offline with the public key and says why a ticket fails', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const other = await generateKey(alg);
    const ticket = await signTicket(claims, privateKey);
    expect(ticket.length).toBeLessThan(400);
    expect(ticket).not.toContain('张');
    const ok = await verifyTicket(ticket, [publicJwk], 'F2026', at, new Set());
    expect(ok).toEqual({ ok: true, ticket: expect.objectContaining({ ev: 'F2026', se: 'S1', tid: 'abcDEF123_-', name: '张*明' }) });

    const [h, p, s] = ticket.split('.');
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), se: 'S2' })).toString('base64url')}.${s}`;
    expect((await verifyTicket(altered, [publicJwk], 'F2026', at, new Set())).ok).toBe(false);
    expect(await verifyTicket(altered, [publicJwk], 'F2026', at, new Set())).toMatchObject({ reason: 'bad_signature' });
    const forged = await signTicket(claims, { ...other.privateKey, kid: privateKey.kid });
    expect(await verifyTicket(forged, [publicJwk], 'F2026', at, new Set())).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(await verifyTicket('not a ticket', [publicJwk], 'F2026', at, new Set())).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await verifyTicket(ticket, [publicJwk], 'OTHER', at, new Set())).toMatchObject({ ok: false, reason: 'other_event' });
    expect(await verifyTicket(ticket, [publicJwk], 'F2026', new Date('2026-08-02T00:00:00Z'), new Set())).toMatchObject({ ok: false, reason: 'expired' });
    expect(await verifyTicket(ticket, [publicJwk], 'F2026', at, new Set(['abcDEF123_-']))).toMatchObject({ ok: false, reason: 'revoked' });
  });
});
