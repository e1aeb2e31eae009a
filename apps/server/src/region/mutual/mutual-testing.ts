/**
 * Test helper: several in-process instances, each its own city and database, that trust each
 * other through one committee-signed trust list, and reach each other's HTTP endpoints through
 * `app.inject` (no sockets). Used by the integration tests of mutual recognition.
 */
import type { FastifyInstance } from 'fastify';
import type { EquivalenceTable, TrustList } from '@bole/contracts';
import { buildApp } from '../../app.js';
import { repoPath } from '../../platform/paths.js';
import { createTestContext, type TestContext } from '../../../test/test-context.js';
import { ensureSigningKey, publishedJwks } from '../../talent-code/signing-key.service.js';
import { committeePrivateKey, newCommitteeKey, signTrustList } from '../committee.js';
import { offerTrustList } from '../trust-list.service.js';
import { setRegionFetch, type RegionFetch } from '../region-http.js';

/** One running instance of the test region. */
export interface RegionInstance {
  ctx: TestContext;
  app: FastifyInstance;
  adminCode: string;
  baseUrl: string;
}

/** The instances, and how to publish a new trust list version to all of them. */
export interface TestRegion {
  cities: RegionInstance[];
  publish(change?: (list: TrustList) => TrustList): Promise<TrustList>;
  close(): Promise<void>;
}

/** Routes region calls to the instance whose host the URL names. */
function injectFetch(cities: () => RegionInstance[]): RegionFetch {
  return async (url, init) => {
    const u = new URL(url);
    const target = cities().find((c) => new URL(c.baseUrl).host === u.host);
    if (!target) throw new TypeError(`fetch failed: no instance at ${u.host}`);
    const res = await target.app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: u.pathname + u.search,
      ...(init?.headers ? { headers: init.headers } : {}),
      ...(init?.body !== undefined ? { payload: init.body } : {}),
    });
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') } });
  };
}

/**
 * Starts one instance per city folder at `now`, with a trust list (version 1) listing each
 * instance's talent-code key and the `equivalence` table, accepted by every instance.
 */
export async function startTestRegion(cityDirs: string[], opts: { now: string; equivalence: EquivalenceTable }): Promise<TestRegion> {
  const committee = await newCommitteeKey('EdDSA');
  const key = committeePrivateKey(JSON.stringify(committee.privateJwk));
  const cities: RegionInstance[] = [];
  for (const dir of cityDirs) {
    const ctx = await createTestContext({
      now: opts.now,
      env: { BOLE_CITY_DIR: repoPath('cities', dir), BOLE_REGION_COMMITTEE_JWKS: JSON.stringify(committee.jwks) },
    });
    const app = await buildApp({ ctx, logger: false });
    await ensureSigningKey(ctx);
    setRegionFetch(
      ctx,
      injectFetch(() => cities),
    );
    cities.push({ ctx, app, adminCode: ctx.city.adminCode, baseUrl: `http://${ctx.city.adminCode}.region.test` });
  }
  const now = new Date(opts.now);
  const year = 365 * 24 * 3600_000;
  let list: TrustList = {
    version: 1,
    issuedAt: now.toISOString(),
    nextUpdate: new Date(now.getTime() + year).toISOString(),
    members: await Promise.all(
      cities.map(async (c) => ({
        adminCode: c.adminCode,
        name: c.ctx.city.name,
        baseUrl: c.baseUrl,
        keys: (await publishedJwks(c.ctx)).keys.map((k) => ({
          kid: k.kid,
          kty: k.kty,
          crv: k.crv,
          x: k.x,
          ...('y' in k && k.y ? { y: k.y } : {}),
          alg: k.alg as 'EdDSA' | 'SM2',
          validFrom: new Date(now.getTime() - year).toISOString(),
          validUntil: new Date(now.getTime() + 5 * year).toISOString(),
        })),
        credentialTypes: ['talent_code' as const, 'recognition' as const],
      })),
    ),
    equivalence: opts.equivalence,
  };
  const publish = async (change?: (l: TrustList) => TrustList) => {
    list = change ? { ...change(list), version: list.version + 1 } : list;
    const token = await signTrustList(JSON.stringify(list), key);
    for (const c of cities) {
      const outcome = await offerTrustList(c.ctx, token);
      if (outcome.outcome === 'refused') throw new Error(`trust list refused by ${c.adminCode}: ${outcome.reason} ${outcome.detail ?? ''}`);
    }
    return list;
  };
  await publish();
  return {
    cities,
    publish,
    async close() {
      for (const c of cities) {
        await c.app.close();
        await c.ctx.close();
      }
    },
  };
}
