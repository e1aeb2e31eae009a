/**
 * The instance's status list (W3C Bitstring Status List): one bit per talent code ever issued
 * with an index (`sl`), set when the code is revoked, signed as a compact JWS
 * `{iss, iat, exp, list}` (typ `statuslist+jwt`) with the talent-code key. Partners fetch it
 * from `GET /api/v1/region/status-list` and cache it; a revocation reaches them within
 * `STATUS_LIST_MAX_AGE_SECONDS` plus their own refresh period.
 */
import type { StatusListDocument } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { encodeStatusList, signCompact, statusListSizeFor, STATUS_LIST_TYP } from '../region/credentials/index.js';
import { currentSigningKey } from './signing-key.service.js';
import { statusIndexes } from './talent-code.repository.js';

/** How long a signed list stays valid (`exp - iat`): a partner refuses a list older than this. */
export const STATUS_LIST_VALID_SECONDS = 24 * 3600;

/** How long HTTP caches may keep the list (`Cache-Control: max-age`). */
export const STATUS_LIST_MAX_AGE_SECONDS = 300;

/** The encoded bitstring as of now and its number of entries. */
export async function currentStatusList(ctx: AppContext): Promise<{ list: string; size: number }> {
  const { revoked, highest } = await statusIndexes(ctx.db);
  const size = statusListSizeFor(Math.max(highest, 0));
  return { list: encodeStatusList(revoked, size), size };
}

/** The signed status list as of now. */
export async function signedStatusList(ctx: AppContext): Promise<StatusListDocument> {
  const { list, size } = await currentStatusList(ctx);
  const iat = Math.floor(ctx.clock.now().getTime() / 1000);
  const exp = iat + STATUS_LIST_VALID_SECONDS;
  const iss = ctx.city.adminCode;
  const key = await ctx.db.transaction((tx) => currentSigningKey(ctx, tx, null));
  const token = await signCompact({ iss, iat, exp, list }, STATUS_LIST_TYP, key);
  return { token, iss, iat, exp, size };
}
