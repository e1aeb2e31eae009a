/** The data key checked at every start: the first one is recorded, another is refused. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createCipher } from '../personal-data/personal-data.js';
import { checkDataKey, DataKeyMismatchError } from './data-key-check.js';

describe('the data key check', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('records the first key, accepts it again and refuses another', async () => {
    await checkDataKey(ctx);
    await checkDataKey(ctx);
    const other = { ...ctx, cipher: createCipher(randomBytes(32)) };
    await expect(checkDataKey(other)).rejects.toBeInstanceOf(DataKeyMismatchError);
    await expect(checkDataKey(other)).rejects.toThrow(/not the one its database's personal data is sealed with; nothing was changed/);
    await checkDataKey(ctx);
  });
});
