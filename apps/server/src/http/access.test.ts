/**
 * Who may call a role-restricted route is written once, in `ROUTE_ACCESS` (the web's menu and
 * buttons read the same table): a route that lists roles itself, or a restricted operation that
 * also declares a rule, is refused when the app starts.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installAccessControl } from './access.js';

/** An app with the access hook and one route declared with `config`. */
async function register(operationId: string | undefined, config: Record<string, unknown>) {
  const app = Fastify({ logger: false });
  installAccessControl(app, async () => null);
  app.get('/api/v1/probe', { config, schema: operationId ? { operationId } : {} }, async () => ({}));
  try {
    await app.ready();
  } finally {
    await app.close();
  }
}

describe('route access rules come from ROUTE_ACCESS', () => {
  it('refuses a route that lists roles in config.access', async () => {
    await expect(register('someNewOperation', { access: ['officer'] })).rejects.toThrow(/lists roles in config.access.*ROUTE_ACCESS/);
    await expect(register(undefined, { access: ['talent', 'employer'] })).rejects.toThrow(/ROUTE_ACCESS/);
  });

  it('refuses a restricted operation that also declares a rule', async () => {
    await expect(register('listSurveys', { access: 'authenticated' })).rejects.toThrow(/has its rule in ROUTE_ACCESS/);
  });

  it('refuses a route with no rule at all', async () => {
    await expect(register('someNewOperation', {})).rejects.toThrow(/has no access rule/);
  });

  it('accepts public and signed-in routes and the table’s operations', async () => {
    await expect(register('someNewOperation', { access: 'public' })).resolves.toBeUndefined();
    await expect(register('someNewOperation', { access: 'authenticated' })).resolves.toBeUndefined();
    await expect(register('listSurveys', {})).resolves.toBeUndefined();
  });
});
