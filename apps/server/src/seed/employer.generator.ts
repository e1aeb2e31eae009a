/**
 * Employers of the synthetic city (用人单位): enterprises mostly, with universities,
 * institutes, hospitals and government units; names like 株洲XX轨道装备有限公司.
 */
import type { Chain, District, EmployerFlag, EmployerKind } from '@bole/contracts';
import { makeCreditCode } from '../identity/credit-code.js';
import { weighted, type Rng } from '@bole/contracts';
import {
  BRAND_WORDS,
  CHAIN_HOME,
  CHAIN_WORDS,
  DISTRICT_CODES,
  DISTRICT_WEIGHTS,
  ENTERPRISE_CHAIN_WEIGHTS,
  GOVERNMENT_UNITS,
  KIND_WEIGHTS,
  MOBILE_PREFIXES,
  UNIVERSITY_NAMES,
} from './city-data.js';

/** An employer as generated (the id is given when it is stored). */
export interface GeneratedEmployer {
  creditCode: string;
  name: string;
  contactMobile: string;
  district: District;
  chain: Chain;
  kind: EmployerKind;
  flags: EmployerFlag[];
  /** Relative headcount: how often talents are drawn to work here. */
  size: number;
}

/** What the talent generator needs to know about an employer it assigns people to. */
export interface EmployerRef {
  district: District;
  chain: Chain;
  kind: EmployerKind;
  size: number;
}

/** Values that must not be generated (already stored, or reserved for the demo accounts). */
export type IsReserved = (kind: 'id' | 'mobile' | 'credit', value: string) => boolean;

// Bijections of the ordinal: multiplier coprime to the modulus, so distinct ordinals never collide.
export const MOBILE_SPACE = 100_000_000;
const CREDIT_SPACE = 31 ** 7;
export const mobileSuffix = (ordinal: number): string => String((ordinal * 86_028_121 + 13_579_246) % MOBILE_SPACE).padStart(8, '0');
const creditSeq = (ordinal: number): number => (ordinal * 1_000_003 + 7_654_321) % CREDIT_SPACE;

export const DISTRICTS_T = weighted(DISTRICT_WEIGHTS);
const CHAINS_T = weighted(ENTERPRISE_CHAIN_WEIGHTS);
const INSTITUTE_CHAINS_T = weighted(ENTERPRISE_CHAIN_WEIGHTS.filter(([c]) => c !== 'other' && c !== 'traditional'));
const KINDS_T = weighted(KIND_WEIGHTS);

/**
 * `count` employers with ordinals `base`… : kind, chain (weighted toward the leading chains),
 * district (clustered by chain), flags, a valid credit code that is a bijection of the ordinal
 * (skipping reserved ones), a name in the local style and a heavy-tailed headcount weight.
 */
export function generateEmployers(rng: Rng, count: number, base: number, reserved: IsReserved): GeneratedEmployer[] {
  const out: GeneratedEmployer[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.draw(KINDS_T);
    const chain: Chain = kind === 'enterprise' ? rng.draw(CHAINS_T) : kind === 'institute' ? rng.draw(INSTITUTE_CHAINS_T) : 'other';
    const district: District = rng.chance(kind === 'enterprise' ? 0.45 : 0.3) ? CHAIN_HOME[chain]! : rng.draw(DISTRICTS_T);
    const region = rng.chance(0.3) ? '430200' : DISTRICT_CODES[district]!;
    const brand = rng.pick(BRAND_WORDS);
    const flags: EmployerFlag[] = [];
    if (kind === 'enterprise') {
      const lead = chain === 'rail' || chain === 'aviation' || chain === 'hard_materials' || chain === 'electronics';
      if (rng.chance(0.35)) flags.push('above_scale');
      if (rng.chance(lead ? 0.4 : 0.18)) flags.push('high_tech');
      if (rng.chance(0.08)) flags.push('specialized_sme');
    }
    let ordinal = base + i;
    // 91 = company registered with market regulation; 11 = government organ; 12 = public institution.
    const authority = kind === 'enterprise' ? '9' : '1';
    const orgKind = kind === 'enterprise' || kind === 'government' ? '1' : '2';
    let creditCode = makeCreditCode(region, creditSeq(ordinal), { authority, kind: orgKind });
    while (reserved('credit', creditCode)) {
      ordinal += count + 1_000_000; // outside this batch's ordinals
      creditCode = makeCreditCode(region, creditSeq(ordinal), { authority, kind: orgKind });
    }
    // Heavy-tailed headcount: a few large employers (中车, 航发) and many small ones.
    const base10 = kind === 'university' ? 30 : kind === 'hospital' ? 15 : kind === 'institute' ? 6 : kind === 'government' ? 4 : 1;
    const size = Math.min(2000, base10 * Math.pow(1 - rng.next(), -0.9) * (flags.includes('above_scale') ? 4 : 1));
    out.push({
      creditCode,
      name: employerName(rng, kind, chain, district, brand, i),
      contactMobile: `${rng.pick(MOBILE_PREFIXES)}${mobileSuffix(50_000_000 + ((base + i) % 50_000_000))}`,
      district,
      chain,
      kind,
      flags,
      size: Math.round(size * 100) / 100,
    });
  }
  return out;
}

function placePrefix(rng: Rng, district: District): string {
  if ((district === '醴陵市' || district === '攸县' || district === '茶陵县' || district === '炎陵县') && rng.chance(0.6)) {
    return district === '醴陵市' ? '醴陵' : district.slice(0, 2);
  }
  return '株洲';
}

function employerName(rng: Rng, kind: EmployerKind, chain: Chain, district: District, brand: string, i: number): string {
  switch (kind) {
    case 'enterprise': {
      const suffix = rng.draw(SUFFIXES_T);
      return `${placePrefix(rng, district)}${brand}${rng.pick(CHAIN_WORDS[chain]!)}${suffix}`;
    }
    case 'university':
      return i < UNIVERSITY_NAMES.length * 3 && rng.chance(0.5) ? rng.pick(UNIVERSITY_NAMES) : `株洲${brand}职业技术学院`;
    case 'institute':
      return `株洲${brand}${rng.pick(CHAIN_WORDS[chain]!)}${rng.chance(0.5) ? '研究院' : '研究所'}`;
    case 'hospital':
      return rng.chance(0.4)
        ? `${district.length === 2 ? district : placePrefix(rng, district)}${rng.pick(['人民医院', '中医医院', '妇幼保健院'])}`
        : `株洲${brand}医院`;
    case 'government':
      return `${district === '醴陵市' ? '醴陵市' : district.length === 2 ? district : '株洲市'}${rng.pick(GOVERNMENT_UNITS)}`;
  }
}

const SUFFIXES_T = weighted([
  ['有限公司', 60],
  ['有限责任公司', 20],
  ['股份有限公司', 15],
  ['集团有限公司', 5],
]);
