/**
 * Walks every route the real app registers — including those other business areas add later —
 * and checks the access rules with real accounts and sessions: every API route declares who
 * may call it, anonymous callers get 401 on non-public routes, and every role outside a
 * route's list gets 403. Routes are collected with an onRoute hook installed on the app as
 * Fastify creates it, so nothing here lists routes by hand.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ROLES, type Role } from '@bole/contracts';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from './testing.js';

interface SeenRoute {
  method: string;
  url: string;
  /** The route's options, read once the app is ready (the access hook fills in rules from `ROUTE_ACCESS`). */
  options: RouteOptions;
}

const seen = vi.hoisted(() => [] as SeenRoute[]);

vi.mock('fastify', async (importOriginal) => {
  const mod = await importOriginal<typeof import('fastify')>();
  const real = mod.default as unknown as (opts: unknown) => FastifyInstance;
  const wrapped = (opts: unknown) => {
    const app = real(opts);
    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) seen.push({ method, url: route.url, options: route });
    });
    return app;
  };
  return { ...mod, default: wrapped, fastify: wrapped };
});

const { buildApp } = await import('../app.js');

const isApi = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');
/** A concrete URL for a route pattern: every parameter becomes a UUID that exists nowhere. */
const concrete = (url: string) => url.replace(/:[A-Za-z0-9_]+/g, '00000000-0000-4000-8000-000000000000').replace(/\*/g, 'x');

describe('access rules of every API route', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const cookies = {} as Record<Role, string>;
  let routes: { method: string; url: string; access: unknown }[];

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    await app.ready();
    routes = seen
      .filter((r) => isApi(r.url) && r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .map((r) => ({ method: r.method, url: r.url, access: (r.options.config as { access?: unknown } | undefined)?.access }));
    for (const role of ROLES) cookies[role] = (await signIn(app, await createTestAccount(ctx, role))).cookie;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('finds the routes of the app, and each declares who may call it', () => {
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/auth/me', 'POST /api/v1/admin/users', 'GET /api/v1/audit/verify']),
    );
    const undeclared = routes.filter((r) => !(r.access === 'public' || r.access === 'authenticated' || (Array.isArray(r.access) && r.access.length > 0)));
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const unknownRoles = routes.flatMap((r) =>
      Array.isArray(r.access) ? r.access.filter((x) => !ROLES.includes(x)).map((x) => `${r.method} ${r.url}: ${x}`) : [],
    );
    expect(unknownRoles).toEqual([]);
  });

  it('answers 401 to anonymous callers of every non-public route', async () => {
    const wrong: string[] = [];
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const res = await app.inject({ method: r.method as 'GET', url: concrete(r.url) });
      if (res.statusCode !== 401 || res.json().code !== 'BOLE_UNAUTHENTICATED') wrong.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every signed-in role a route does not list', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of routes.filter((x) => Array.isArray(x.access))) {
      for (const role of ROLES.filter((x) => !(r.access as readonly string[]).includes(x))) {
        checked++;
        const res = await app.inject({ method: r.method as 'GET', url: concrete(r.url), headers: { cookie: cookies[role] } });
        if (res.statusCode !== 403 || res.json().code !== 'BOLE_FORBIDDEN') wrong.push(`${r.method} ${r.url} as ${role} → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('lets every role past the access check of "authenticated" routes', async () => {
    // Only safe reads are called, so the walk changes nothing.
    const wrong: string[] = [];
    for (const r of routes.filter((x) => x.access === 'authenticated' && x.method === 'GET')) {
      for (const role of ROLES) {
        const res = await app.inject({ method: 'GET', url: concrete(r.url), headers: { cookie: cookies[role] } });
        if (res.statusCode === 401) wrong.push(`${r.method} ${r.url} as ${role} → 401`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
