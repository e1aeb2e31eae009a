/**
 * Deployment as it runs in production: two built server processes (NODE_ENV=production, the
 * owner and application database roles, one data key, the public origin, one proxy hop) on one
 * PostgreSQL, behind nginx running the repository's `deploy/nginx/bole.conf`. A talent and an
 * officer go through the proxy over HTTPS from another loopback address (127.0.0.2), and
 * both nodes answer.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openContext } from '../src/platform/bootstrap.js';
import { createTestAccount } from '../src/auth/testing.js';
import { makeCreditCode } from '../src/identity/credit-code.js';
import { makeIdNumber } from '../src/identity/id-number.js';
import { freePort } from './postgres-server.js';
import { buildServerEntry, cleanEnv, serverDir, startServerNode, type ServerNode } from './server-process.js';
import { startNginx, type TestNginx } from './nginx.js';
import { createRoleDatabase, type RoleDatabase } from './databases.js';

/** The client's own address: not nginx's, so the node's view of it shows the hop count at work. */
const CLIENT_ADDRESS = '127.0.0.2';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One request to the proxy from CLIENT_ADDRESS: HTTPS trusting `ca`, or plain HTTP without one. */
function call(port: number, method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; ca?: string } = {}): Promise<Answer> {
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  const request = opts.ca === undefined ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        ca: opts.ca,
        localAddress: CLIENT_ADDRESS,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('two API nodes behind nginx on one PostgreSQL', () => {
  let roles: RoleDatabase;
  const requestId = `deploy-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-deploy-'));
  let env: Record<string, string>;
  let nodes: ServerNode[] = [];
  let nodePorts: number[];
  let nginx: TestNginx | undefined;
  let port: number;
  let redirectPort: number;
  let origin: string;

  beforeAll(async () => {
    roles = await createRoleDatabase('bole_deploy');
    [port, nodePorts] = [await freePort(), [await freePort(), await freePort()]];
    redirectPort = await freePort();
    origin = `https://127.0.0.1:${port}`;
    env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: roles.urlAs(roles.appRole),
      BOLE_MIGRATION_DATABASE_URL: roles.urlAs(roles.owner),
      BOLE_DATA_KEY: randomBytes(32).toString('hex'),
      // One folder for both nodes, as shared storage would be: evidence files and audit checkpoints.
      BOLE_DATA_DIR: dataDir,
      BOLE_PUBLIC_ORIGIN: origin,
      BOLE_TRUST_PROXY: '1',
      BOLE_LOG_LEVEL: 'warn',
    };
    buildServerEntry('main');
    // Both nodes start at once, as a service manager starts them: one migrates, the other waits.
    nodes = await Promise.all(nodePorts.map((p) => startServerNode({ ...env, PORT: String(p) })));
    nginx = await startNginx({ port, redirectPort, nodePorts });
  }, 120_000);

  /** A request through nginx's HTTPS server. */
  const proxy = (method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}) =>
    call(port, method, path, { ...opts, ca: nginx!.ca });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(nodes.map((n) => n.stop()));
    await roles?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a talent and an officer through the proxy, with sessions, the origin check and the client address intact, on both nodes', async () => {
    const fromUs = { origin };
    expect((await proxy('GET', '/api/health')).status).toBe(200);

    const employer = await proxy('POST', '/api/v1/auth/register/employer', {
      headers: fromUs,
      body: {
        creditCode: makeCreditCode('430200', 91),
        name: '株洲部署测试有限公司',
        password: 'Passw0rd-1',
        contactMobile: '13900000091',
        district: '石峰区',
        chain: 'rail',
        kind: 'enterprise',
        flags: [],
      },
    });
    expect(employer.status, employer.body).toBe(201);

    const mobile = '13700009191';
    const registered = await proxy('POST', '/api/v1/auth/register/talent', {
      headers: fromUs,
      body: { mobile, password: 'Passw0rd-1', name: '部署测试' },
    });
    expect(registered.status, registered.body).toBe(201);

    // A page of another site cannot use the session: the origin check holds behind the proxy.
    const forged = await proxy('POST', '/api/v1/auth/login', {
      headers: { origin: 'https://evil.example' },
      body: { login: mobile, password: 'Passw0rd-1' },
    });
    expect(forged.status).toBe(403);

    // The client claims another address; nginx appends the real one, and one trusted hop means the node believes only that.
    const login = await proxy('POST', '/api/v1/auth/login', {
      headers: { ...fromUs, 'x-forwarded-for': '203.0.113.7', 'x-request-id': requestId },
      body: { login: mobile, password: 'Passw0rd-1' },
    });
    expect(login.status, login.body).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^bole_session=[^;]+;.*HttpOnly/);
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Secure');
    // The security headers come from the node, once.
    expect(login.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    const talent = { ...fromUs, cookie: setCookie.split(';')[0]! };

    const saved = await proxy('PUT', '/api/v1/talents/me', {
      headers: talent,
      body: {
        name: '部署测试',
        gender: 'female',
        idNumber: makeIdNumber('430203', '1993-05-20', 32, 'female'),
        birthDate: '1993-05-20',
        district: '天元区',
        highestDegree: 'master',
        graduationDate: '2019-06-30',
        schoolTier: 'double_first_class',
        employerId: employer.json().employerId,
        arrivalDate: '2019-08-01',
        socialInsuranceMonths: 60,
      },
    });
    expect(saved.status, saved.body).toBe(200);
    const me = await proxy('GET', '/api/v1/talents/me', { headers: talent });
    expect(me.json()).toMatchObject({ name: '部署测试', complete: true, mobile: '137****9191' });

    const calculated = await proxy('POST', '/api/v1/calculator', { headers: talent, body: {} });
    expect(calculated.status, calculated.body).toBe(200);
    expect(calculated.json().granted.length).toBeGreaterThan(0);

    // An officer (made by the operator's tools on the same database and key) finds the talent and issues a token.
    const ctx = await openContext(loadConfig({ ...env, BOLE_LOG_LEVEL: 'silent' }));
    const account = await createTestAccount(ctx, 'officer');
    await ctx.database.close();
    const officerLogin = await proxy('POST', '/api/v1/auth/login', { headers: fromUs, body: { login: account.login, password: account.password } });
    expect(officerLogin.status, officerLogin.body).toBe(200);
    const officer = { ...fromUs, cookie: String(officerLogin.headers['set-cookie']).split(';')[0]! };
    const list = await proxy('GET', `/api/v1/talents?q=${encodeURIComponent('部署测试')}`, { headers: officer });
    expect(list.status, list.body).toBe(200);
    expect(list.json().items.map((t: { name: string }) => t.name)).toContain('部署测试');
    const token = await proxy('POST', '/api/v1/auth/tokens', { headers: officer, body: { name: 'deploy' } });
    expect(token.status, token.body).toBe(201);

    // The node recorded the client's real address, neither nginx's nor the one the client made up.
    const ips = new pg.Client({ connectionString: roles.urlAs(roles.owner) });
    await ips.connect();
    const rows = (await ips.query<{ ip: string }>('SELECT ip FROM sessions')).rows.map((r) => r.ip);
    await ips.end();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(new Set(rows)).toEqual(new Set([CLIENT_ADDRESS]));

    // Both nodes answered, and the client's request id reached the log.
    const log = nginx!.accessLog();
    for (const p of nodePorts) expect(log).toContain(`upstream=127.0.0.1:${p} `);
    expect(log).toContain(`rid=${requestId} `);
    expect(log).toMatch(/rid=[0-9a-f]{32} /);
  });

  it('refuses to start a third node with another data key', () => {
    const run = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: serverDir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...cleanEnv(), ...env, PORT: '0', BOLE_DATA_KEY: randomBytes(32).toString('hex') },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("This instance's data key is not the one its database's personal data is sealed with");
  });

  it('redirects plain HTTP to HTTPS on the public name', async () => {
    const redirect = await call(redirectPort, 'GET', '/talent/profile', { headers: { host: 'rc.example.gov.cn' } });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('https://rc.example.gov.cn/talent/profile');
  });
});
