import { describe, expect, it } from 'vitest';
import { explain } from '../src/index.js';
import { EMPLOYED, run } from './helpers.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();
const ev = run(
  pack,
  {
    id: 'x',
    birthDate: '1990-05-01',
    highestDegree: 'doctorate',
    graduationDate: '2025-06-30',
    arrivalDate: '2023-03-01',
    socialInsuranceMonths: 4,
    ...EMPLOYED,
  },
  '2026-03-01',
);

describe('explain', () => {
  it('explains in zh-CN by default with what would pass', () => {
    const text = explain(ev);
    expect(text).toContain('人才层次：D 类');
    expect(text).toContain('✘ 高层次人才安家补贴 (settle-allowance)：不符合');
    expect(text).toContain('本市社保缴纳月数需不低于6（目前为4）');
    expect(text).toContain('来本市工作时间需在 2023-03-02 或之后');
    expect(text).toContain('✔ 青年人才生活补贴 (graduate-living-allowance)：每月 1,500 元，共 36 个月，合计 54,000 元');
    expect(text).toMatch(/合计：可享受 \d+ 项/);
  });

  it('explains one policy in English, condition by condition', () => {
    const text = explain(ev, 'en', { policy: 'settle-allowance' });
    expect(text).toContain('Tier: D');
    expect(text).toContain('✔ Tier A–D');
    expect(text).toContain('✘ At least 6 months of social insurance — months of social insurance in the city must be at least 6 (now 4)');
    expect(text).toContain('date of arrival in the city must be on or after 2023-03-02');
    expect(text).not.toContain('graduate-living-allowance');
  });

  it('names the winner of a displaced policy', () => {
    const settled = run(
      pack,
      { birthDate: '1990-05-01', highestDegree: 'doctorate', graduationDate: '2025-06-30', arrivalDate: '2025-07-01', socialInsuranceMonths: 8, ...EMPLOYED },
      '2026-03-01',
    );
    expect(explain(settled)).toContain('但按“就高不重复”由 高层次人才安家补贴 替代');
  });
});
