/**
 * The chain view over the API: talents holding a chain's skills against the headcount of open
 * postings and of the answers to the chain's latest survey, per chain and per sub-field (a survey
 * record counted toward the sub-field it names); Excel; officers and auditors only; an unknown chain
 * is a 400 naming `chain`.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { employerTestbed } from '../employers/employer-testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';

describe('the chain view (人才链 × 产业链)', () => {
  const bed = employerTestbed({ now: '2026-07-15T02:00:00Z' });
  const posting = (subField: string, requiredSkills: string[], headcount: number, closesOn = '2026-09-30') => ({
    title: '功率器件工程师',
    chain: 'rail',
    subField,
    requiredSkills,
    headcount,
    salaryMin: 15_000,
    salaryMax: 25_000,
    district: '石峰区',
    engagementMode: 'full_time',
    closesOn,
  });
  const record = (subField: string, headcount: number) => ({
    subField,
    title: '电机控制算法工程师',
    headcount,
    minDegree: null,
    salaryMin: 15000,
    salaryMax: 25000,
    district: '天元区',
    engagementMode: 'full_time',
  });

  it('counts supply and demand per chain and per sub-field, and exports the table', async () => {
    const e = await bed.approved();
    expect((await bed.as(e, 'POST', '/api/v1/postings', posting('rail.traction', ['rail.traction.01'], 3))).statusCode).toBe(201);
    // A posting that closed yesterday is no demand today.
    bed.ctx.clock.set('2026-07-01T02:00:00Z');
    expect((await bed.as(e, 'POST', '/api/v1/postings', posting('rail.traction', ['rail.traction.02'], 50, '2026-07-14'))).statusCode).toBe(201);
    bed.ctx.clock.set('2026-07-15T02:00:00Z');
    for (const skills of [['rail.traction.01', 'rail.traction.02'], ['rail.traction.03']]) {
      const t = await registerTalentWithProfile(bed.app, e.employerId);
      const body = { discoverable: false, availability: 'now', experienceYears: 3, skills: skills.map((code) => ({ code, level: 3, years: 2 })) };
      const saved = await bed.app.inject({ method: 'PUT', url: '/api/v1/talents/me/skills', headers: { cookie: t.cookie }, payload: body });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    // Two surveys of rail: only the latest one's answers count.
    const open = async (deadline: string) =>
      (await bed.as(bed.officer, 'POST', '/api/v1/surveys', { title: `轨道交通需求摸排 ${deadline}`, period: '2026', chains: ['rail'], deadline })).json()
        .id as string;
    const older = await open('2026-07-31');
    const latest = await open('2026-08-31');
    await bed.as(e, 'PUT', `/api/v1/surveys/${older}/answer`, { records: [record('rail.traction', 100)] });
    const taxonomy = (await bed.as(bed.officer, 'GET', '/api/v1/skills')).json();
    const traction = taxonomy.chains
      .flatMap((c: { subFields: { code: string; name: { zh: string } }[] }) => c.subFields)
      .find((f: { code: string }) => f.code === 'rail.traction');
    const answered = await bed.as(e, 'PUT', `/api/v1/surveys/${latest}/answer`, { records: [record(traction.name.zh, 4), record('磁浮新领域', 2)] });
    expect(answered.statusCode, answered.body).toBe(200);

    const all = await bed.as(bed.officer, 'GET', '/api/v1/chain-view');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({ chain: null, asOf: '2026-07-15' });
    const rail = all.json().rows.find((r: { key: string }) => r.key === 'rail');
    expect(rail).toEqual({ key: 'rail', name: null, supply: 2, postingOpenings: 3, surveyOpenings: 6 });
    expect(all.json().rows.find((r: { key: string }) => r.key === 'aviation')).toMatchObject({ supply: 0, postingOpenings: 0, surveyOpenings: 0 });

    const drill = await bed.as(bed.officer, 'GET', '/api/v1/chain-view?chain=rail');
    expect(drill.statusCode, drill.body).toBe(200);
    const rows = drill.json().rows as { key: string | null; supply: number; postingOpenings: number; surveyOpenings: number }[];
    expect(rows.find((r) => r.key === 'rail.traction')).toMatchObject({ name: { zh: traction.name.zh }, supply: 2, postingOpenings: 3, surveyOpenings: 4 });
    expect(rows.at(-1)).toEqual({ key: null, name: null, supply: 0, postingOpenings: 0, surveyOpenings: 2 });
    expect(rows.length).toBeGreaterThanOrEqual(5);

    const xlsx = await bed.as(bed.officer, 'GET', '/api/v1/chain-view.xlsx?chain=rail');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('细分领域');
    const tractionRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === traction.name.zh)!;
    expect([2, 3, 4, 5].map((c) => tractionRow.getCell(c).value)).toEqual([2, 3, 4, 7]);
  });

  it('names an unknown chain in a 400 and is for the office only', async () => {
    const bad = await bed.as(bed.officer, 'GET', '/api/v1/chain-view?chain=shipbuilding');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('chain');
    const badFile = await bed.as(bed.officer, 'GET', '/api/v1/chain-view.xlsx?chain=Rail!');
    expect(badFile.statusCode).toBe(400);
    expect(badFile.json().errors[0].field).toBe('chain');
    const e = await bed.approved();
    expect((await bed.as(e, 'GET', '/api/v1/chain-view')).statusCode).toBe(403);
  });
});
