import { describe, expect, it } from 'vitest';
import { applyReform, evaluatePopulation, findRow, loadPack, Population, simulate, type Pack } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';
import { EMPLOYED, profile, resultOf, run } from './helpers.js';
import { loadRepoPack } from './pack-fixture.js';

const tierPolicy = (id: string, amount: number): string => `id: ${id}
title: { zh: ${id}, en: ${id} }
pillar: retain
department: zjj
mode: auto
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
eligibility: [employedInCity]
benefit: { kind: cash, period: once, amount: ${amount} }
exclusiveGroup: g
`;

function tiePack(order: string[], amounts: Record<string, number>): Pack {
  const res = loadPack(
    [
      { path: 'c.yaml', text: 'kind: classification\nrows:\n  - { tier: A, when: \'"academician" in honors\' }\n' },
      { path: 'g.yaml', text: `kind: exclusive-groups\ngroups:\n  g: [${order.join(', ')}]\n` },
      ...Object.entries(amounts).map(([id, a]) => ({ path: `${id}.yaml`, text: tierPolicy(id, a) })),
    ],
    ZHUZHOU,
  );
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.pack;
}

describe('就高不重复', () => {
  const raw = { birthDate: '1990-01-01', highestDegree: 'bachelor', ...EMPLOYED };

  it('on a tie the policy listed first in the group wins, in both evaluators', () => {
    for (const order of [
      ['alpha', 'beta'],
      ['beta', 'alpha'],
    ]) {
      const pack = tiePack(order, { alpha: 1000, beta: 1000 });
      const ev = run(pack, raw, '2026-03-01');
      const [first, second] = order as [string, string];
      expect(resultOf(ev, first)).toMatchObject({ granted: true, displacedBy: null });
      expect(resultOf(ev, second)).toMatchObject({ eligible: true, granted: false, displacedBy: first });
      const cols = evaluatePopulation(pack, Population.fromProfiles([profile(raw)], pack.schema), '2026-03-01');
      const o = (id: string) => cols.outcomes.find((x) => x.policy === id)!;
      expect(o(first).granted[findRow(o(first), 0)]).toBe(1);
      expect(o(second).granted[findRow(o(second), 0)]).toBe(0);
    }
  });

  it('the higher value wins regardless of order', () => {
    const pack = tiePack(['alpha', 'beta'], { alpha: 1000, beta: 1001 });
    const ev = run(pack, raw, '2026-03-01');
    expect(resultOf(ev, 'beta').granted).toBe(true);
    expect(resultOf(ev, 'alpha').displacedBy).toBe('beta');
  });
});

describe('reforms', () => {
  const pack = loadRepoPack();
  const at = '2026-03-01';
  const people = [
    profile({
      id: 'bachelor',
      birthDate: '2002-01-01',
      highestDegree: 'bachelor',
      graduationDate: '2024-06-30',
      employerId: 'e',
      employer: { chain: 'electronics', kind: 'enterprise', district: '攸县' },
    }),
    profile({ id: 'master', birthDate: '1998-01-01', highestDegree: 'master', graduationDate: '2025-06-30', ...EMPLOYED }),
    profile({ id: 'owner', birthDate: '1998-01-01', highestDegree: 'master', graduationDate: '2025-06-30', ownsHomeInCity: true, ...EMPLOYED }),
  ];
  const reform = { changes: [{ policy: 'rent-subsidy', parameter: 'amount', value: { doctorate: 1000, master: 1300, bachelor: 700 } }] };

  it('copies on write: untouched policies are shared', () => {
    const res = applyReform(pack, reform);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.affected).toEqual(['rent-subsidy']);
    res.pack.policies.forEach((p, i) => expect(p === pack.policies[i]).toBe(p.id !== 'rent-subsidy'));
    expect(pack.policies.find((p) => p.id === 'rent-subsidy')!.doc.parameters['amount']!.values).toHaveLength(1);
  });

  it('counts winners, losers and changed amounts with the annual budget delta', () => {
    const res = simulate(pack, reform, Population.fromProfiles(people, pack.schema), at);
    if (!res.ok) throw new Error(res.errors.join('\n'));
    const rent = res.policies.find((p) => p.policy === 'rent-subsidy')!;
    const apartment = res.policies.find((p) => p.policy === 'talent-apartment')!;
    expect(rent).toMatchObject({ gain: 1, lose: 0, change: 1, deltaFen: 240_000 + 1_560_000 });
    expect(rent.byDistrict).toEqual({ 攸县: { gain: 0, lose: 0, change: 1, deltaFen: 240_000 }, 天元区: { gain: 1, lose: 0, change: 0, deltaFen: 1_560_000 } });
    expect(rent.byChain).toEqual({
      electronics: { gain: 0, lose: 0, change: 1, deltaFen: 240_000 },
      rail: { gain: 1, lose: 0, change: 0, deltaFen: 1_560_000 },
    });
    expect(apartment).toMatchObject({ gain: 0, lose: 1, change: 0, deltaFen: -1_440_000 });
    expect(res.totalDeltaFen).toBe(360_000);
    expect(res.policies.map((p) => p.policy).sort()).toEqual(['rent-subsidy', 'talent-apartment']);
  });

  it('applies dated overrides only from their date', () => {
    const dated = { changes: [{ policy: 'rent-subsidy', parameter: 'amount', from: '2027-01-01', value: { doctorate: 1000, master: 1300, bachelor: 700 } }] };
    const res = simulate(pack, dated, Population.fromProfiles(people, pack.schema), at);
    expect(res.ok && res.totalDeltaFen).toBe(0);
  });

  it('rejects unknown policies, parameters and bad values', () => {
    const res = applyReform(pack, {
      changes: [
        { policy: 'nope', parameter: 'amount', value: 1 },
        { policy: 'rent-subsidy', parameter: 'amout', value: 1 },
        { policy: 'rent-subsidy', parameter: 'amount', value: { mastr: 1 } },
      ],
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toHaveLength(3);
    expect(res.errors[2]).toContain('"mastr" is not a degree');
  });
});
