/** The trust list's rules: which signed list replaces the last good one, which keys verify when; and the committee's signing. */
import { describe, expect, it } from 'vitest';
import type { TrustList } from '@bole/contracts';
import { verifyCompact } from './credentials/index.js';
import { admitTrustList, keysAt, TRUST_LIST_TYP } from './trust-list.js';
import { committeePrivateKey, newCommitteeKey, signTrustList, TrustListInvalid } from './committee.js';

const key = (kid: string, validFrom: string, validUntil: string) => ({
  kid,
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'AAAA',
  alg: 'EdDSA' as const,
  validFrom,
  validUntil,
});
const list = (version: number, over: Partial<TrustList> = {}): TrustList => ({
  version,
  issuedAt: '2026-07-01T00:00:00Z',
  nextUpdate: '2026-08-01T00:00:00Z',
  members: [
    {
      adminCode: '430200',
      name: { zh: '株洲市', en: 'Zhuzhou' },
      baseUrl: 'https://rc.zhuzhou.example',
      keys: [key('old', '2025-01-01T00:00:00Z', '2026-07-10T00:00:00Z'), key('new', '2026-07-01T00:00:00Z', '2027-07-01T00:00:00Z')],
      credentialTypes: ['talent_code'],
    },
  ],
  ...over,
});
const now = new Date('2026-07-15T00:00:00Z');

describe('admitting a signed trust list', () => {
  it('takes a newer version, keeps the same list unchanged, refuses an older one or other content under the same version', () => {
    const v2 = { list: list(2), token: 't2' };
    expect(admitTrustList({ list: list(3), token: 't3' }, v2, now)).toEqual({ outcome: 'accept' });
    expect(admitTrustList(v2, v2, now)).toEqual({ outcome: 'unchanged' });
    expect(admitTrustList({ list: list(1), token: 't1' }, v2, now)).toEqual({ outcome: 'refuse', reason: 'older_version' });
    expect(admitTrustList({ list: list(2), token: 'other' }, v2, now)).toEqual({ outcome: 'refuse', reason: 'version_reused' });
  });

  it('refuses a list whose nextUpdate is more than a day past', () => {
    expect(admitTrustList({ list: list(1, { nextUpdate: '2026-07-14T01:00:00Z' }), token: 't' }, null, now)).toEqual({ outcome: 'accept' });
    expect(admitTrustList({ list: list(1, { nextUpdate: '2026-07-13T23:00:00Z' }), token: 't' }, null, now)).toEqual({ outcome: 'refuse', reason: 'expired' });
  });
});

describe('keys of a member', () => {
  it('are those valid at the instant, none for a city not on the list', () => {
    expect(keysAt(list(1), '430200', new Date('2026-07-05T00:00:00Z')).map((k) => k.kid)).toEqual(['old', 'new']);
    expect(keysAt(list(1), '430200', now).map((k) => k.kid)).toEqual(['new']);
    expect(keysAt(list(1), '430200', now)[0]).not.toHaveProperty('validFrom');
    expect(keysAt(list(1), '430100', now)).toEqual([]);
    expect(keysAt(null, '430200', now)).toEqual([]);
  });
});

describe('the committee signs', () => {
  it('a list written in YAML, verifiable with its published key', async () => {
    const committee = await newCommitteeKey('EdDSA');
    const yaml = `version: 4\nissuedAt: '2026-07-01T00:00:00Z'\nnextUpdate: '2026-08-01T00:00:00Z'\nmembers:\n  - adminCode: '430300'\n    name: { zh: 湘潭市, en: Xiangtan }\n    baseUrl: https://rc.xiangtan.example\n    keys: []\n    credentialTypes: [recognition]\n`;
    const token = await signTrustList(yaml, committeePrivateKey(JSON.stringify(committee.privateJwk)));
    const verified = await verifyCompact(token, committee.jwks.keys);
    expect(verified).toMatchObject({ ok: true, header: { typ: TRUST_LIST_TYP }, payload: { version: 4, members: [{ adminCode: '430300' }] } });
  });

  it('nothing that is not a valid list, naming each bad field', async () => {
    const committee = await newCommitteeKey('EdDSA');
    const bad = JSON.stringify({ ...list(1), members: [{ ...list(1).members[0], adminCode: '4302' }, { ...list(1).members[0] }] });
    const err = await signTrustList(bad, committeePrivateKey(JSON.stringify(committee.privateJwk))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrustListInvalid);
    expect((err as TrustListInvalid).problems).toEqual(['members.0.adminCode: must be a 6-digit administrative division code']);
  });
});

describe('the region configuration', () => {
  it('reports a bad trust list URL and refresh period together, and defaults the period to 300 s', async () => {
    const { ConfigError, loadConfig } = await import('../config.js');
    const err = (() => {
      try {
        loadConfig({ BOLE_REGION_TRUST_LIST_URL: 'committee', BOLE_REGION_REFRESH_SECONDS: '1' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as InstanceType<typeof ConfigError>).problems.map((p) => p.split(':')[0])).toEqual([
      'BOLE_REGION_TRUST_LIST_URL',
      'BOLE_REGION_REFRESH_SECONDS',
    ]);
    expect(loadConfig({}).region).toEqual({ trustListUrl: undefined, committeeJwks: undefined, refreshSeconds: 300 });
  });
});
