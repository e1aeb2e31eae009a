/**
 * Who may apply to a call: the call's eligibility policies, kept in the city's own file
 * (`cities/<city>/program-eligibility/*.yaml`, written like the pack's policies but paying
 * nothing, so the pack's entitlements stay exactly as published), compiled with the pack's
 * classification table in force and evaluated by the engine on the talent's verified facts
 * and granted tier at the application date — never on what the applicant declares.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, loadPack, parseProfile, type Pack, type PackFile } from '@bole/engine';
import type { Bilingual, ProgramEligibility } from '@bole/contracts';
import { citySchema } from '../../city/city-file.js';
import { readPackDir } from '../../policies/pack-files.js';
import { policyRegistryOf } from '../../policies/policy-registry.js';
import { readConfirmedInputs } from '../../policies/calculator-confirmed.js';
import { VERIFIED_PARSE, verifiedInputOf } from '../../policies/profile-input.js';
import type { AppContext } from '../../platform/context.js';

/** The engine's answer for one applicant: eligible, or the plain conditions not met. */
export interface CallEligibility {
  eligible: boolean;
  unmet: Bilingual[];
}

const NO_FACTS: Bilingual = { zh: '尚无经核实的出生日期、学历或单位信息', en: 'no verified date of birth, degree or employer on file yet' };

const files = new WeakMap<AppContext, PackFile[]>();
const packs = new WeakMap<AppContext, Map<string, Pack>>();

/** The city's call-eligibility files (read once per context; none when the folder is absent). */
function eligibilityFiles(ctx: AppContext): PackFile[] {
  let list = files.get(ctx);
  if (!list) {
    const dir = join(ctx.config.cityDir, 'program-eligibility');
    list = existsSync(dir) ? readPackDir(dir).map((f) => ({ ...f, path: `program-eligibility/${f.path}` })) : [];
    files.set(ctx, list);
  }
  return list;
}

/** The ids of the city's call-eligibility policies (what a call may name). */
export function eligibilityPolicyIds(ctx: AppContext): string[] {
  return eligibilityFiles(ctx).map((f) => /^id:\s*(\S+)/m.exec(f.text)?.[1] ?? '');
}

/** The call policies compiled with the classification table in force at `at` (cached per table version). */
async function callPackAt(ctx: AppContext, at: string): Promise<Pack | null> {
  const registry = policyRegistryOf(ctx);
  const resolved = await registry.packAt(at);
  if (!resolved) return null;
  const classification = resolved.versions.filter((v) => v.kind === 'classification');
  const key = classification.map((v) => `${v.policyId}@${v.version}`).join(',');
  const cache = packs.get(ctx) ?? new Map<string, Pack>();
  packs.set(ctx, cache);
  const cached = cache.get(key);
  if (cached) return cached;
  const loaded = loadPack([...(await registry.filesOf(classification)), ...eligibilityFiles(ctx)], ctx.city.vocabulary);
  if (!loaded.ok) throw new Error(`program eligibility: ${loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('; ')}`);
  cache.set(key, loaded.pack);
  return loaded.pack;
}

/**
 * Evaluates the call's eligibility for a talent at `at`: eligible when the call's policy holds,
 * or, for a basic-research project, when its basic-research policy holds. The unmet conditions
 * are those of the policy that applies (the basic-research one when the project is basic research).
 */
export async function callEligibility(
  ctx: AppContext,
  eligibility: ProgramEligibility,
  talentId: string,
  basicResearch: boolean,
  at: string,
): Promise<CallEligibility> {
  const [pack, { row }] = await Promise.all([callPackAt(ctx, at), readConfirmedInputs(ctx, talentId, at)]);
  if (!pack || !row || row.birthDate === null) return { eligible: false, unmet: [NO_FACTS] };
  const parsed = parseProfile(verifiedInputOf(row), at, citySchema(ctx.city), VERIFIED_PARSE);
  if (!parsed.ok) return { eligible: false, unmet: [NO_FACTS] };
  const ev = evaluate(pack, parsed.profile, at, { trace: true, tier: row.grantedTier ?? null });
  const outcome = (policyId: string) => ev.results.find((r) => r.policy === policyId);
  const policies = basicResearch && eligibility.basicResearchPolicy ? [eligibility.policy, eligibility.basicResearchPolicy] : [eligibility.policy];
  const results = policies.map(outcome);
  if (results.some((r) => r?.eligible)) return { eligible: true, unmet: [] };
  const shown = results.at(-1);
  const unmet = (shown?.trace ?? []).filter((c) => !c.pass).map((c) => c.label ?? { zh: c.expr, en: c.expr });
  return { eligible: false, unmet: unmet.length ? unmet : [{ zh: '不在申报资格有效期内', en: 'outside the eligibility window' }] };
}
