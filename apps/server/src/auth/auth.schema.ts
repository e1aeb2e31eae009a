/**
 * Response shapes of the token API that @bole/contracts does not (yet) define.
 * TODO(lead): move to packages/contracts/src/auth.schema.ts so the web client shares them.
 */
import { z } from 'zod';

/** A bearer token as listed (the secret is only shown when created). */
export const tokenItem = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const tokenList = z.object({ items: z.array(tokenItem) });

/** Path parameter `:id` that must be a UUID. */
export const idParams = z.object({ id: z.string().uuid('must be a UUID') }).strict();
