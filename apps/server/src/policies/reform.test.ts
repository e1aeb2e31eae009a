import { describe, expect, it } from 'vitest';
import { loadPack } from '@bole/engine';
import { readPackDir } from './pack-files.js';
import { configuredCity } from '../city/city-file.js';
import { toParamChanges } from './reform.js';

describe('toParamChanges', () => {
  const city = configuredCity({});
  const loaded = loadPack(readPackDir(city.packDir), city.vocabulary);
  if (!loaded.ok) throw new Error('the repository pack must load');
  const pack = loaded.pack;

  it('turns key changes into one full map from the date, keeping the other keys', () => {
    const r = toParamChanges(
      pack,
      [
        { policy: 'settle-allowance', param: 'amount', key: 'D', value: 200_000 },
        { policy: 'settle-allowance', param: 'amount', key: 'C', value: 600_000 },
        { policy: 'settle-allowance', param: 'minSocialInsuranceMonths', value: 3 },
      ],
      '2026-07-15',
    );
    expect(r).toEqual({
      ok: true,
      changes: [
        { policy: 'settle-allowance', parameter: 'amount', from: '2026-07-15', value: { A: 2_000_000, B: 1_000_000, C: 600_000, D: 200_000 } },
        { policy: 'settle-allowance', parameter: 'minSocialInsuranceMonths', from: '2026-07-15', value: 3 },
      ],
    });
  });

  it('reads the keyed value in force at the date (a dated parameter)', () => {
    const r = toParamChanges(pack, [{ policy: 'graduate-living-allowance', param: 'amount', key: 'master', value: 1_200 }], '2026-07-15');
    expect(r.ok && r.changes[0]!.value).toEqual({ doctorate: 1_500, master: 1_200, bachelor: 600 });
  });

  it('names each change at fault', () => {
    const r = toParamChanges(
      pack,
      [
        { policy: 'nope', param: 'amount', value: 1 },
        { policy: 'settle-allowance', param: 'minSocialInsuranceMonths', key: 'A', value: 1 },
      ],
      '2026-07-15',
    );
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['changes.0.policy', 'changes.1.key']);
  });
});
