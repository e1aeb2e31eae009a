/**
 * The talent's selective-disclosure credential (SD-JWT, RFC 9901): tier and validity always
 * visible; name, employer and city as disclosures the talent chooses when presenting. It
 * carries the live code's status-list index, so revoking the code revokes it too.
 */
import type { IssuedSdJwt, PresentedCredentialResult, Tier } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid } from '../http/errors.js';
import { isSdJwt, issueSdJwt, verifySdJwt } from '../region/credentials/index.js';
import { currentSigningKey, publishedJwks } from './signing-key.service.js';
import { findLiveCode, findTalentDisclosables } from './talent-code.repository.js';
import { currentStatusList } from './talent-code.status-list.js';

/**
 * An SD-JWT of the caller's live talent code with every disclosure; 404 `BOLE_NO_TALENT_CODE`
 * without a live code of the current format (a code issued before the region has no status index).
 */
export async function issueMySdJwt(ctx: AppContext, principal: Principal): Promise<IssuedSdJwt> {
  const row = principal.talentId ? await findLiveCode(ctx.db, principal.talentId, ctx.clock.now()) : null;
  if (!row || row.sl === null) throw fail('BOLE_NO_TALENT_CODE');
  const facts = await findTalentDisclosables(ctx.db, row.talentId);
  const disclosable = { name: facts.name, employer: facts.employer ?? undefined, city: ctx.city.name.zh };
  const key = await ctx.db.transaction((tx) => currentSigningKey(ctx, tx, null));
  const sdJwt = await issueSdJwt(
    { iss: ctx.city.adminCode, sl: row.sl, tier: row.tier as Tier, issuedAt: row.validFrom, validUntil: row.expiresAt, disclosable },
    key,
  );
  return {
    sdJwt,
    disclosable: (['name', 'employer', 'city'] as const).flatMap((claim) => (disclosable[claim] ? [{ claim, value: disclosable[claim] }] : [])),
    validUntil: row.expiresAt.toISOString(),
  };
}

/**
 * Verifies an SD-JWT presentation of this instance's credential against its keys and status
 * list; 400 naming `presentation` when it is not an SD-JWT at all.
 */
export async function verifyPresentationWithInstance(ctx: AppContext, presentation: string): Promise<PresentedCredentialResult> {
  if (!isSdJwt(presentation)) throw invalid([{ field: 'presentation', message: 'is not an SD-JWT presentation (<jwt>~<disclosure>~…~)' }]);
  const [{ keys }, { list }] = await Promise.all([publishedJwks(ctx), currentStatusList(ctx)]);
  const result = await verifySdJwt(presentation, keys, ctx.clock.now(), list);
  if (result.status === 'malformed')
    throw invalid([{ field: 'presentation', message: 'is not a complete SD-JWT presentation (a part is cut off or not base64url JSON)' }]);
  return result;
}
