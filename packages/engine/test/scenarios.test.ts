import { describe, expect, it } from 'vitest';
import { EMPLOYED, grantedIds, resultOf, run } from './helpers.js';
import { loadRepoPack } from './pack-fixture.js';
import { ZHUZHOU } from './city-fixture.js';

const pack = loadRepoPack();

describe('hand-checked scenarios', () => {
  it('2024-01-31 + 1 month = 2024-02-29 for the youth station arrival window', () => {
    const raw = { birthDate: '2001-05-01', highestDegree: 'bachelor', graduationDate: '2023-06-30', ...EMPLOYED, arrivalDate: '2024-01-31' };
    expect(resultOf(run(pack, raw, '2024-02-28'), 'youth-station-stay').eligible).toBe(true);
    const late = resultOf(run(pack, raw, '2024-02-29'), 'youth-station-stay');
    expect(late.eligible).toBe(false);
    const orClause = late.trace.find((c) => c.expr.includes('||'))!;
    expect(orClause.atoms.map((a) => a.hint)).toContainEqual({ kind: 'onOrAfter', subject: 'arrivalDate', date: '2024-02-01' });
  });

  it('youth station: not employed OR arrived within one month', () => {
    const grad = { birthDate: '2001-05-01', highestDegree: 'associate', graduationDate: '2025-06-30' };
    const at = '2026-03-01';
    expect(resultOf(run(pack, grad, at), 'youth-station-stay').granted).toBe(true);
    expect(resultOf(run(pack, { ...grad, ...EMPLOYED, arrivalDate: '2026-02-02' }, at), 'youth-station-stay').granted).toBe(true);
    expect(resultOf(run(pack, { ...grad, ...EMPLOYED, arrivalDate: '2026-02-01' }, at), 'youth-station-stay').eligible).toBe(false);
    expect(resultOf(run(pack, { ...grad, ...EMPLOYED }, at), 'youth-station-stay').eligible).toBe(false);
    expect(resultOf(run(pack, { ...grad, arrivalDate: '2020-01-01' }, at), 'youth-station-stay').granted).toBe(true);
  });

  it('Feb 29 birthdays turn a year older on Feb 28 in common years', () => {
    const raw = { birthDate: '1992-02-29', highestDegree: 'bachelor', graduationDate: '2025-06-30', ...EMPLOYED };
    const before = run(pack, raw, '2027-02-27');
    expect(before.age).toBe(34);
    expect(resultOf(before, 'rent-subsidy').granted).toBe(true);
    const on = run(pack, raw, '2027-02-28');
    expect(on.age).toBe(35);
    expect(resultOf(on, 'rent-subsidy').eligible).toBe(false);
    expect(resultOf(on, 'xiaohe-young-talent').eligible).toBe(false);
    expect(resultOf(run(pack, raw, '2028-02-28'), 'youth-station-stay').eligible).toBe(false);
  });

  it('bachelor living allowance is 500 until 2026-06-30 and 600 from 2026-07-01', () => {
    const raw = { birthDate: '2002-09-01', highestDegree: 'bachelor', graduationDate: '2025-06-30', socialInsuranceMonths: 3, ...EMPLOYED };
    expect(resultOf(run(pack, raw, '2026-06-30'), 'graduate-living-allowance')).toMatchObject({ amountFen: 50000, valueFen: 1800000 });
    expect(resultOf(run(pack, raw, '2026-07-01'), 'graduate-living-allowance')).toMatchObject({ amountFen: 60000, valueFen: 2160000 });
  });

  it('returning-talent bonus window ends on 2026-12-31 inclusive', () => {
    const raw = {
      birthDate: '1990-05-01',
      idNumber: '430202199005011230',
      highestDegree: 'master',
      yearsWorkedOutside: 3,
      arrivalDate: '2026-06-01',
      ...EMPLOYED,
    };
    expect(resultOf(run(pack, raw, '2026-12-31'), 'returning-talent-bonus')).toMatchObject({ granted: true, amountFen: 2000000 });
    const after = resultOf(run(pack, raw, '2027-01-01'), 'returning-talent-bonus');
    expect(after.eligible).toBe(false);
    expect(after.inWindow).toBe(false);
    expect(after.trace[0]!.atoms[0]!.hint).toEqual({ kind: 'onOrBefore', subject: 'at', date: '2026-12-31' });
    const before = resultOf(run(pack, { ...raw, arrivalDate: '2024-06-01' }, '2024-12-31'), 'returning-talent-bonus');
    expect(before.inWindow).toBe(false);
  });

  it('patent reward is 20,000 per patent capped at 200,000', () => {
    const at = '2026-03-01';
    const amount = (n: number): number =>
      resultOf(
        run(pack, { birthDate: '1985-01-01', highestDegree: 'bachelor', licensedPatentsLastYear: n, ...EMPLOYED }, at),
        'patent-commercialization-reward',
      ).amountFen;
    expect(amount(1)).toBe(2_000_000);
    expect(amount(9)).toBe(18_000_000);
    expect(amount(10)).toBe(20_000_000);
    expect(amount(11)).toBe(20_000_000);
    expect(amount(500)).toBe(20_000_000);
  });

  it('employer-less profiles fail every employer condition, including negative ones', () => {
    const ev = run(
      pack,
      {
        birthDate: '1970-01-01',
        highestDegree: 'doctorate',
        honors: ['academician'],
        dualAppointment: true,
        specialPost: 'chief_expert',
        spouseNeedsJob: true,
      },
      '2026-03-01',
    );
    expect(ev.tier).toBe('A');
    expect(grantedIds(ev)).toEqual(['hukou-settlement', 'medical-green-channel', 'special-post-allowance', 'spouse-employment']);
    const dual = resultOf(ev, 'dual-appointment-allowance');
    const chain = dual.trace.find((c) => c.expr === 'employer.chain != "other"')!;
    expect(chain.pass).toBe(false);
    expect(chain.atoms[0]!.hint).toEqual({ kind: 'missing', subject: 'employer.chain' });
  });

  it('settle group: the settling-in allowance displaces the living allowance', () => {
    const ev = run(
      pack,
      { birthDate: '1990-05-01', highestDegree: 'doctorate', graduationDate: '2025-06-30', arrivalDate: '2025-07-01', socialInsuranceMonths: 8, ...EMPLOYED },
      '2026-03-01',
    );
    expect(resultOf(ev, 'settle-allowance')).toMatchObject({ granted: true, valueFen: 15_000_000, displacedBy: null });
    expect(resultOf(ev, 'graduate-living-allowance')).toMatchObject({ eligible: true, granted: false, valueFen: 5_400_000, displacedBy: 'settle-allowance' });
  });

  it('records what would pass for failed numeric and date conditions', () => {
    const ev = run(
      pack,
      { birthDate: '1990-05-01', highestDegree: 'doctorate', arrivalDate: '2023-03-01', socialInsuranceMonths: 4, ...EMPLOYED },
      '2026-03-01',
    );
    const atoms = resultOf(ev, 'settle-allowance').trace.flatMap((c) => c.atoms);
    expect(atoms.find((a) => a.expr.startsWith('socialInsuranceMonths'))).toMatchObject({
      pass: false,
      seen: { socialInsuranceMonths: '4' },
      hint: { kind: 'compare', subject: 'socialInsuranceMonths', op: '>=', need: '6', have: '4' },
    });
    expect(atoms.find((a) => a.expr.startsWith('within'))!.hint).toEqual({ kind: 'onOrAfter', subject: 'arrivalDate', date: '2023-03-02' });
    const title = resultOf(ev, 'title-promotion-reward')
      .trace.flatMap((c) => c.atoms)
      .find((a) => a.expr.startsWith('title >='));
    expect(title!.hint).toEqual({ kind: 'compare', subject: 'title', op: '>=', need: 'associate_senior', have: 'none' });
  });

  it('a service right is granted with amount 0', () => {
    const ev = run(pack, { birthDate: '1995-01-01', highestDegree: 'associate' }, '2026-03-01');
    expect(resultOf(ev, 'hukou-settlement')).toMatchObject({ granted: true, amountFen: 0, valueFen: 0, months: 1, period: 'once' });
  });
});

describe('granted', () => {
  it('lists only granted benefits, sorted by policy id, as bole eval prints them', async () => {
    const { granted } = await import('../src/index.js');
    const { profile } = await import('./helpers.js');
    const g = granted(
      pack,
      profile({
        id: 'g',
        birthDate: '1990-05-01',
        highestDegree: 'doctorate',
        graduationDate: '2025-06-30',
        arrivalDate: '2025-07-01',
        socialInsuranceMonths: 8,
        ...EMPLOYED,
      }),
      '2026-03-01',
    );
    expect(g.tier).toBe('D');
    expect(g.benefits.map((b) => b.policy)).toEqual([
      'employer-recruitment-reward',
      'hukou-settlement',
      'settle-allowance',
      'talent-apartment',
      'xiaohe-young-talent',
    ]);
    expect(g.benefits[2]).toEqual({ policy: 'settle-allowance', amountFen: 15_000_000, period: 'once', months: 1, valueFen: 15_000_000 });
  });
});

describe('date comparison hints', () => {
  it('reads a failed date comparison as "on or after" / "on or before"', async () => {
    const { loadPack } = await import('../src/index.js');
    const { readPackFiles } = await import('./pack-fixture.js');
    const classification = readPackFiles().filter((f) => f.path.endsWith('classification.yaml'));
    const text = `id: d
title: { zh: d, en: d }
pillar: use
department: rsj
mode: auto
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
eligibility:
  - arrivalDate >= date("2023-07-01")
  - date("2025-01-01") > graduationDate
benefit: { kind: cash, period: once, amount: 1 }
`;
    const res = loadPack([...classification, { path: 'd.yaml', text }], ZHUZHOU);
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    const r = resultOf(
      run(res.pack, { birthDate: '1990-01-01', highestDegree: 'master', arrivalDate: '2023-06-30', graduationDate: '2025-01-01' }, '2026-03-01'),
      'd',
    );
    const hints = r.trace
      .flatMap((c) => c.atoms)
      .map((a) => a.hint)
      .filter(Boolean);
    expect(hints).toEqual([
      { kind: 'onOrAfter', subject: 'arrivalDate', date: '2023-07-01' },
      { kind: 'onOrBefore', subject: 'graduationDate', date: '2024-12-31' },
    ]);
  });
});
