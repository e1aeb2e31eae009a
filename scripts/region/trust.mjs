/**
 * The region's trust list on one machine: the committee key (created once in the region's
 * folder), the list naming each running instance with the keys it publishes, signed with the
 * `bole region` commands, and a tiny HTTP server that serves the signed list the instances
 * fetch (GET /trust-list.jws) — the stand-in for the committee's publication point.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The region's committee data (members, credential types, equivalence rule). */
export function readRegion(repo) {
  return parse(readFileSync(join(repo, 'cities', 'changzhutan.region.yaml'), 'utf8'));
}

/** Runs `bole <args>` (built CLI); returns its standard output. */
function bole(repo, args) {
  return execFileSync(process.execPath, [join(repo, 'apps', 'server', 'bin', 'bole.mjs'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, BOLE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * The committee's key pair in `<root>/committee/`: `committee.jwks.json` (public, given to every
 * instance) and `committee.private.json` (only the signing command reads it). Created once.
 */
export function ensureCommitteeKey(repo, root) {
  const dir = join(root, 'committee');
  mkdirSync(dir, { recursive: true });
  const jwks = join(dir, 'committee.jwks.json');
  const privateKey = join(dir, 'committee.private.json');
  if (!existsSync(jwks)) bole(repo, ['region', 'committee-key', 'create', '--out', dir]);
  return { dir, jwks, privateKey };
}

/** Directed equivalence entries from the committee's rule (same tier between members that both have it). */
export function equivalenceOf(region) {
  const entries = [];
  for (const from of region.members)
    for (const to of region.members)
      if (from.adminCode !== to.adminCode)
        for (const tier of from.tiers)
          if (to.tiers.includes(tier)) entries.push({ from: { adminCode: from.adminCode, tier }, to: { adminCode: to.adminCode, tier } });
  return { version: region.equivalence.version, reference: region.equivalence.reference, entries };
}

/** The trust-list keys of a running instance: its published JWKS, valid from now for a year. */
async function publishedKeys(baseUrl, now) {
  const res = await fetch(`${baseUrl}/.well-known/jwks.json`);
  if (!res.ok) throw new Error(`${baseUrl}/.well-known/jwks.json answered ${res.status}`);
  const { keys } = await res.json();
  const validUntil = new Date(now.getTime() + 365 * 86_400_000).toISOString();
  return keys.map((k) => ({
    kid: k.kid,
    kty: k.kty,
    crv: k.crv,
    x: k.x,
    ...(k.y ? { y: k.y } : {}),
    alg: k.alg ?? 'EdDSA',
    validFrom: now.toISOString(),
    validUntil,
  }));
}

/**
 * Builds the trust list for the running instances (`{ city, adminCode, baseUrl, name }`),
 * signs it with the committee key and writes `<committee>/trust-list.jws`. Each call is a new
 * version (the seconds since 2026-01-01), so a restart's list replaces the last one.
 */
export async function signTrustList(repo, committee, region, instances, now = new Date()) {
  const members = [];
  for (const i of instances) {
    const m = region.members.find((x) => x.adminCode === i.adminCode);
    members.push({ adminCode: i.adminCode, name: i.name, baseUrl: i.baseUrl, keys: await publishedKeys(i.baseUrl, now), credentialTypes: m.credentialTypes });
  }
  const list = {
    version: Math.max(1, Math.floor((now.getTime() - Date.parse('2026-01-01T00:00:00Z')) / 1000)),
    issuedAt: now.toISOString(),
    // Long enough for a test that moves the instances' clocks past a public notice.
    nextUpdate: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    members,
    equivalence: equivalenceOf(region),
  };
  const unsigned = join(committee.dir, 'trust-list.json');
  const signed = join(committee.dir, 'trust-list.jws');
  writeFileSync(unsigned, `${JSON.stringify(list, null, 2)}\n`);
  bole(repo, ['region', 'trust-list', 'sign', '--key', committee.privateKey, '--in', unsigned, '--out', signed]);
  return { list, file: signed };
}

/** Serves `<dir>/trust-list.jws` at GET /trust-list.jws (404 until it is signed). */
export function serveTrustList(dir, port) {
  const file = join(dir, 'trust-list.jws');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/trust-list.jws' || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/jose', 'cache-control': 'no-store' }).end(readFileSync(file, 'utf8').trim());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
