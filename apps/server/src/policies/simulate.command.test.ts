import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSet, runSimulate } from './simulate.command.js';

const doctor = (id: string, district: string) => ({
  id,
  birthDate: '1990-03-10',
  highestDegree: 'doctorate',
  graduationDate: '2024-06-30',
  employerId: 'e',
  employer: { chain: 'rail', kind: 'enterprise', district },
  arrivalDate: '2025-09-01',
  socialInsuranceMonths: 10,
});

describe('bole simulate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses --set policy.param[.key]=value', () => {
    expect(parseSet('settle-allowance.amount.D=200,000')).toEqual({ policy: 'settle-allowance', param: 'amount', key: 'D', value: 200000 });
    expect(parseSet('settle-allowance.minSocialInsuranceMonths=3')).toEqual({ policy: 'settle-allowance', param: 'minSocialInsuranceMonths', value: 3 });
    expect(() => parseSet('settle-allowance=3')).toThrow(/policy\.param/);
    expect(() => parseSet('settle-allowance.amount.D=-1')).toThrow(/negative/);
  });

  it('prints the impact table and a JSON summary for profiles in a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bole-sim-'));
    const file = join(dir, 'profiles.jsonl');
    writeFileSync(
      file,
      [doctor('a', '天元区'), doctor('b', '攸县'), { id: 'bad', birthDate: '1990-02-30', highestDegree: 'doctorate' }].map((p) => JSON.stringify(p)).join('\n'),
    );
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const impact = await runSimulate({ at: '2026-07-15', set: ['settle-allowance.amount.D=200000'], input: file });
    expect(impact.total).toEqual({ gainers: 2, losers: 0, changed: 2, budgetDeltaFen: 10_000_000 });
    const text = out.join('');
    expect(text).toMatch(/settle-allowance\s+2\s+0\s+2\s+\+¥100,000/);
    expect(text).toContain('By district');
    const json = JSON.parse(text.trim().split('\n').at(-1)!);
    expect(json).toMatchObject({ at: '2026-07-15', population: 2, total: { budgetDeltaFen: 10_000_000 } });
  });

  it('names a bad change', async () => {
    await expect(runSimulate({ at: '2026-07-15', set: ['settle-allowance.amount=1'], input: '/dev/null' })).rejects.toThrow(/changes\.0\.key/);
  });
});
