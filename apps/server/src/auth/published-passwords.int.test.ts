import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { onFirstStart, startupRefusal } from '../first-start.js';
import { demoSeeded } from '../seed/demo-city.js';
import { createAccount } from './accounts.service.js';
import { resetPasswordByLogin } from './password.service.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';

describe('production and the published demo password', () => {
  let ctx: TestContext;
  const production = () => ({ ...ctx, config: { ...ctx.config, env: 'production' as const } });

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('never seeds the demo city with NODE_ENV=production', async () => {
    expect(await onFirstStart(production())).toEqual([]);
    expect(await demoSeeded(ctx)).toBe(false);
  });

  it('refuses to start while an account signs in with the published password, naming the accounts but never the password', async () => {
    await ctx.db.transaction(async (tx) => {
      // `admin` as the demo seeds it (marked), and `officer` as a database seeded before the mark existed (unmarked).
      await createAccount(ctx, tx, { role: 'admin', username: 'admin', displayName: '系统管理员', password: DEMO_PASSWORD, passwordPublished: true }, null);
      await createAccount(ctx, tx, { role: 'officer', username: 'officer', displayName: '人才办专员', password: DEMO_PASSWORD, department: 'rcb' }, null);
      await createAccount(ctx, tx, { role: 'auditor', username: 'auditor', displayName: '审计员', password: 'Own-passw0rd' }, null);
    });
    expect(await startupRefusal(ctx)).toBeNull();
    const refusal = await startupRefusal(production());
    expect(refusal).toContain('admin, officer');
    expect(refusal).not.toContain('auditor');
    expect(refusal).not.toContain(DEMO_PASSWORD);

    // The way out: a one-time password from the command line for each; then the server starts.
    const admin = await resetPasswordByLogin(ctx, 'admin');
    expect(admin.oneTimePassword).not.toBe(DEMO_PASSWORD);
    expect(await startupRefusal(production())).toContain('officer');
    await resetPasswordByLogin(ctx, 'OFFICER');
    expect(await startupRefusal(production())).toBeNull();
  });
});
