/**
 * Test helpers for the region: member instances in one process (each its own database, city and
 * app), a committee key, a trust list signed for them, and a `fetch` that routes each member's
 * base URL (and the committee's list URL) to the right in-process app through `inject`.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { repoPath } from '../platform/paths.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { ensureSigningKey, publishedJwks } from '../talent-code/signing-key.service.js';
import { talents } from '../talents/talent.table.js';
import { sealTalentPersonalData } from '../talents/talent.service.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import type { TrustList, TrustListKey } from '@bole/contracts';
import { newCommitteeKey, signTrustList } from './committee.js';
import { committeePrivateKey } from './committee.js';
import { setRegionFetch, type RegionFetch } from './region-http.js';

/** The committee's list URL in tests. */
export const TRUST_LIST_URL = 'https://committee.region.example/trust-list.jws';

/** One member instance. */
export interface TestMember {
  adminCode: string;
  baseUrl: string;
  ctx: TestContext;
  app: FastifyInstance;
  /** Its talent-code key as a trust-list key (valid for a year around the test's day). */
  key: TrustListKey;
}

/** Turns an inject answer into a fetch Response. */
async function viaInject(app: FastifyInstance, url: URL, init?: Parameters<RegionFetch>[1]): Promise<Response> {
  const res = await app.inject({
    method: (init?.method ?? 'GET') as 'GET' | 'POST',
    url: url.pathname + url.search,
    headers: init?.headers,
    ...(init?.body !== undefined ? { payload: init.body } : {}),
  });
  const noBody = res.statusCode === 204 || res.statusCode === 304;
  return new Response(noBody ? null : res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? 'text/plain') } });
}

/** A region of members (city folder names), a committee and its signed list (version 1). */
export async function createTestRegion(cities: { dir: string; baseUrl: string }[], now = '2026-07-15T02:00:00Z') {
  const committee = await newCommitteeKey('EdDSA');
  const committeeKey = committeePrivateKey(JSON.stringify(committee.privateJwk));
  const down = new Set<string>();
  let published = '';
  const members: TestMember[] = [];
  const fetcher: RegionFetch = async (raw, init) => {
    const url = new URL(raw);
    if (url.href === TRUST_LIST_URL) return new Response(published, { status: 200 });
    const member = members.find((m) => new URL(m.baseUrl).origin === url.origin);
    if (!member || down.has(member.adminCode)) throw new TypeError('fetch failed');
    return viaInject(member.app, url, init);
  };
  for (const city of cities) {
    const ctx = await createTestContext({
      now,
      env: {
        BOLE_CITY_DIR: repoPath('cities', city.dir),
        BOLE_PUBLIC_ORIGIN: city.baseUrl,
        BOLE_REGION_TRUST_LIST_URL: TRUST_LIST_URL,
        BOLE_REGION_COMMITTEE_JWKS: JSON.stringify(committee.jwks),
      },
    });
    const app = await buildApp({ ctx, logger: false });
    setRegionFetch(ctx, fetcher);
    await ensureSigningKey(ctx);
    const jwk = (await publishedJwks(ctx)).keys[0]!;
    const key: TrustListKey = {
      kid: jwk.kid,
      kty: jwk.kty,
      crv: jwk.crv,
      x: jwk.x,
      alg: 'EdDSA',
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-12-31T00:00:00Z',
    };
    members.push({ adminCode: ctx.city.adminCode, baseUrl: city.baseUrl, ctx, app, key });
  }

  /** The list the committee would write for the members (override to rotate or remove keys). */
  const listFor = (version: number, change: (l: TrustList) => TrustList = (l) => l): TrustList =>
    change({
      version,
      issuedAt: '2026-07-01T00:00:00Z',
      nextUpdate: '2026-08-01T00:00:00Z',
      members: members.map((m) => ({
        adminCode: m.adminCode,
        name: { zh: m.ctx.city.name.zh, en: m.ctx.city.name.en },
        baseUrl: m.baseUrl,
        keys: [m.key],
        credentialTypes: ['talent_code', 'recognition'],
      })),
    });
  /** Signs and publishes a list at the committee's URL. */
  const publish = async (list: TrustList, key = committeeKey) => {
    published = await signTrustList(JSON.stringify(list), key);
    return published;
  };
  return {
    members,
    committee,
    committeeKey,
    listFor,
    publish,
    /** Stops (or restarts) answering for a member. */
    setDown: (adminCode: string, isDown: boolean) => (isDown ? down.add(adminCode) : down.delete(adminCode)),
    async close() {
      for (const m of members) {
        await m.app.close();
        await m.ctx.close();
      }
    },
  };
}

/** A talent with an ID number and a signed-in talent account, in one member. */
export async function talentWithAccount(m: TestMember, name: string, idNumber: string) {
  const [row] = await m.ctx.db
    .insert(talents)
    .values({ name, birthDate: '1990-01-01', highestDegree: 'master', ...sealTalentPersonalData(m.ctx.cipher, { idNumber }) })
    .returning({ id: talents.id });
  const account = await createTestAccount(m.ctx, 'talent', { talentId: row!.id });
  return { talentId: row!.id, session: await signIn(m.app, account) };
}
