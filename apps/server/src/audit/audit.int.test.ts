import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';

describe('audit log', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    for (let i = 0; i < 5; i++) {
      await ctx.db.transaction((tx) =>
        ctx.audit.record(
          tx,
          { userId: 'u1', role: 'officer' },
          { action: 'talent.update', entity: 'talent', entityId: `t${i}`, detail: { fields: ['name'], n: i } },
        ),
      );
    }
  });
  afterAll(() => ctx.close());

  it('verifies an untouched chain', async () => {
    expect(await ctx.audit.verify()).toEqual({ ok: true, count: 5 });
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    const reason = (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await reason(ctx.db.execute(sql`update audit_log set action = 'x' where id = 1`))).toMatch(/append-only/);
    expect(await reason(ctx.db.execute(sql`delete from audit_log where id = 1`))).toMatch(/append-only/);
  });

  it('reports the first broken link after a direct edit around the trigger', async () => {
    await ctx.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET detail = '{"fields":["salary"],"n":2}' WHERE id = 3;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const result = await ctx.audit.verify();
    expect(result).toMatchObject({ ok: false, brokenAtId: 3 });
  });

  it('reports a removed row', async () => {
    await ctx.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET detail = '{"fields":["name"],"n":2}' WHERE id = 3;
      DELETE FROM audit_log WHERE id = 4;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const result = await ctx.audit.verify();
    expect(result).toMatchObject({ ok: false, brokenAtId: 5 });
  });
});
