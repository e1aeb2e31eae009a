/**
 * The 长株潭 region's member cities as data: 长沙 (cities/changsha) and 湘潭 (cities/xiangtan)
 * load as an instance loads them (BOLE_CITY_DIR), with real administrative codes under their
 * city's, and each one's policy pack loads against its own vocabulary and passes every example.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listExamples, loadPack } from '@bole/engine';
import { readCity } from '../apps/server/src/city/city-file.js';
import { repoPath } from '../apps/server/src/platform/paths.js';

const REGION = [
  { folder: 'changsha', adminCode: '430100', name: '长沙市', districts: 9 },
  { folder: 'xiangtan', adminCode: '430300', name: '湘潭市', districts: 5 },
] as const;

describe.each(REGION)('the region city $folder', ({ folder, adminCode, name, districts }) => {
  const city = readCity(repoPath('cities', folder));

  it('loads with its name and administrative codes', () => {
    expect(city.adminCode).toBe(adminCode);
    expect(city.name.zh).toBe(name);
    expect(city.districts).toHaveLength(districts);
    // GB/T 2260: a district's code starts with its city's first four digits.
    expect(city.districts.filter((d) => d.adminCode?.slice(0, 4) !== adminCode.slice(0, 4))).toEqual([]);
  });

  it('has a pack that loads with its vocabulary and passes every example', () => {
    const files = readdirSync(city.packDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ path: f, text: readFileSync(`${city.packDir}/${f}`, 'utf8') }));
    const pack = loadPack(files, city.vocabulary);
    if (!pack.ok) throw new Error(pack.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
    const outcomes = listExamples(pack.pack).map((e) => e.run());
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  });
});
