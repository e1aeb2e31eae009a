/**
 * GET /api/v1/city says whether this is a demonstration instance: only then does the sign-in
 * page show the demo accounts and their published password. A production instance, or one
 * started without the demo city, never does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';

describe('the demo accounts are advertised only on a demo instance', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  const demoFlag = async (config: Partial<TestContext['config']>) => {
    const app = await buildApp({ ctx: { ...ctx, config: { ...ctx.config, ...config } }, logger: false });
    const res = await app.inject({ method: 'GET', url: '/api/v1/city' });
    await app.close();
    expect(res.statusCode).toBe(200);
    return (res.json() as { demo: boolean }).demo;
  };

  it('a development instance with the demo city says so', async () => {
    expect(await demoFlag({ env: 'development', seedDemo: true })).toBe(true);
  });

  it('names who runs the site, for the footer and the talent code', async () => {
    const app = await buildApp({ ctx, logger: false });
    const res = await app.inject({ method: 'GET', url: '/api/v1/city' });
    await app.close();
    expect(res.json().operator).toEqual({
      name: { zh: '株洲市人才工作领导小组办公室', en: 'Zhuzhou Municipal Talent Work Leading Group Office' },
      hotline: '12345',
      icp: '湘ICP备00000000号',
    });
  });

  it('production never does, and neither does an instance without the demo city', async () => {
    expect(await demoFlag({ env: 'production', seedDemo: true })).toBe(false);
    expect(await demoFlag({ env: 'development', seedDemo: false })).toBe(false);
  });
});
