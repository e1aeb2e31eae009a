/**
 * Who may stay: the station's policy of the pack in force, evaluated by the engine on the
 * talent's verified facts and granted tier (never on declarations), at the booking date.
 */
import { evaluate, parseProfile } from '@bole/engine';
import { citySchema } from '../city/city-file.js';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { packInForce } from '../policies/calculator.service.js';
import { readConfirmedInputs } from '../policies/calculator-confirmed.js';
import { VERIFIED_PARSE, verifiedInputOf } from '../policies/profile-input.js';

const NO_FACTS = { zh: '尚无已核验的出生日期等信息', en: 'no verified facts yet (date of birth and others)' };

/** 422 BOLE_STAY_NOT_ELIGIBLE naming the unmet conditions unless `policyId` grants the talent a stay on `at`. */
export async function assertMayStay(ctx: AppContext, talentId: string, policyId: string, at: string): Promise<void> {
  const [resolved, inputs] = await Promise.all([packInForce(ctx, at), readConfirmedInputs(ctx, talentId, at)]);
  const policy = resolved.pack.policies.find((p) => p.id === policyId);
  const unmet = (list: { zh: string; en: string }[]) =>
    fail('BOLE_STAY_NOT_ELIGIBLE', { unmet: { zh: list.map((l) => l.zh).join('；'), en: list.map((l) => l.en).join('; ') } }, [
      { field: 'talent', message: 'does not meet the youth-station policy on verified facts' },
    ]);
  if (!policy) throw unmet([{ zh: `政策 ${policyId} 未生效`, en: `policy ${policyId} is not in force` }]);
  const row = inputs.row;
  const parsed = row && row.birthDate !== null ? parseProfile(verifiedInputOf(row), at, citySchema(ctx.city), VERIFIED_PARSE) : null;
  if (!parsed?.ok) throw unmet([NO_FACTS]);
  const ev = evaluate(resolved.pack, parsed.profile, at, { trace: true, tier: row!.grantedTier ?? null });
  const result = ev.results.find((r) => r.policy === policyId);
  if (result?.eligible) return;
  const failed = (result?.trace ?? []).filter((t) => !t.pass).map((t) => t.label ?? { zh: t.expr, en: t.expr });
  throw unmet(failed.length ? failed : [{ zh: '不在政策有效期内', en: 'outside the policy’s window' }]);
}
