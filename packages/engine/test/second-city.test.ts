/**
 * A second city runs on the same engine with its own data: the tiny 湘潭 demo city
 * (`cities/xiangtan-demo`) — three districts, two chains, its own department codes and a
 * three-policy pack.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, listExamples, loadPack, parseProfile, Population, simulate, type Pack, type PackFile } from '../src/index.js';
import { CITIES_DIR, vocabularyOf, ZHUZHOU } from './city-fixture.js';
import { readPackFiles } from './pack-fixture.js';

const XIANGTAN = vocabularyOf('xiangtan-demo');

function xiangtanFiles(): PackFile[] {
  const dir = join(CITIES_DIR, 'xiangtan-demo', 'policies');
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function xiangtanPack(): Pack {
  const res = loadPack(xiangtanFiles(), XIANGTAN);
  if (!res.ok) throw new Error(res.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  return res.pack;
}

const at = '2026-03-01';
const motorsMaster = {
  id: 'p1',
  birthDate: '1995-01-01',
  highestDegree: 'master',
  employerId: 'e1',
  employer: { chain: 'motors', kind: 'enterprise', district: 'xiangxiang' },
};

describe('the 湘潭 demo city', () => {
  it('loads its three-policy pack and passes every example of it', () => {
    const pack = xiangtanPack();
    expect(pack.policies.map((p) => p.id)).toEqual(['xt-county-rent', 'xt-leader-allowance', 'xt-motors-bonus']);
    const outcomes = listExamples(pack).map((e) => e.run());
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });

  it('evaluates a person with its districts and chains', () => {
    const pack = xiangtanPack();
    const parsed = parseProfile(motorsMaster, at, pack.schema);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const ev = evaluate(pack, parsed.profile, at);
    const granted = ev.results.filter((r) => r.granted).map((r) => [r.policy, r.amountFen]);
    expect(granted).toEqual([
      ['xt-county-rent', 80_000],
      ['xt-motors-bonus', 3_000_000],
    ]);
  });

  it('rejects the first city’s districts, chains and departments', () => {
    const pack = xiangtanPack();
    const r = parseProfile({ ...motorsMaster, employer: { chain: 'rail', kind: 'enterprise', district: '天元区' } }, at, pack.schema);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual(['employer.chain', 'employer.district']);
      expect(r.errors[0]!.message).toContain('motors, steel');
    }
    const zhuzhouPack = loadPack(readPackFiles(), XIANGTAN);
    expect(zhuzhouPack.ok).toBe(false);
    if (!zhuzhouPack.ok)
      expect(zhuzhouPack.errors.some((e) => e.message.includes('"rsj" is not a department of the city (one of hrss, housing, office)'))).toBe(true);
    const misspelt = loadPack(
      xiangtanFiles().map((f) =>
        f.path === 'xt-motors-bonus.yaml' ? { ...f, text: f.text.replace('employer.chain == "motors"', 'employer.chain == "rail"') } : f,
      ),
      XIANGTAN,
    );
    expect(misspelt.ok ? [] : misspelt.errors.map((e) => e.message)).toEqual(['"rail" is not a chain (one of motors, steel)']);
  });

  it('breaks a what-if down by its own districts and chains', () => {
    const pack = xiangtanPack();
    const people = [
      motorsMaster,
      { ...motorsMaster, id: 'p2', employer: { chain: 'steel', kind: 'enterprise', district: 'yuhu' } },
      { ...motorsMaster, id: 'p3', employerId: null, employer: null },
    ].map((raw) => {
      const r = parseProfile(raw, at, pack.schema);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.profile;
    });
    const res = simulate(
      pack,
      { changes: [{ policy: 'xt-county-rent', parameter: 'amount', value: { xiangxiang: 1000, yuhu: 300, yuetang: 300 } }] },
      Population.fromProfiles(people, pack.schema),
      at,
    );
    if (!res.ok) throw new Error(res.errors.join('\n'));
    const rent = res.policies.find((p) => p.policy === 'xt-county-rent')!;
    expect(rent.byDistrict).toEqual({ xiangxiang: { gain: 0, lose: 0, change: 1, deltaFen: 240_000 } });
    expect(rent.byChain).toEqual({ motors: { gain: 0, lose: 0, change: 1, deltaFen: 240_000 } });
  });

  it('is a different vocabulary from the first city', () => {
    expect(XIANGTAN.district).toEqual(['yuhu', 'yuetang', 'xiangxiang']);
    expect(XIANGTAN.district.some((d) => ZHUZHOU.district.includes(d))).toBe(false);
  });
});
