import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { registerTestEmployer, signIn } from '../auth/testing.js';
import { talentTestbed } from '../talents/talent-testing.js';

describe('the shortage catalogue over the API', () => {
  const bed = talentTestbed();
  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    bed.app.inject({ method, url, ...(cookie ? { headers: { cookie } } : {}), ...(payload ? { payload } : {}) });
  const posting = (requiredSkills: string[], headcount: number, closesOn: string) => ({
    title: '功率器件工程师',
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills,
    headcount,
    salaryMin: 15_000,
    salaryMax: 25_000,
    minDegree: 'master',
    minYears: 5,
    district: '石峰区',
    engagementMode: 'full_time',
    closesOn,
  });

  it('rates a period’s demand against supply per skill, gates plentiful skills, shows the previous quarter, and exports Excel', async () => {
    const employer = (await signIn(bed.app, await registerTestEmployer(bed.app, 7101))).cookie;
    // Q2: one posting for IGBT skills, nobody qualified.
    bed.ctx.clock.set('2026-05-10T02:00:00Z');
    expect((await inject('POST', '/api/v1/postings', employer, posting(['rail.traction.01'], 2, '2026-06-30'))).statusCode).toBe(201);
    // Q3: more demand for IGBT, and demand for a skill many qualified talents hold.
    bed.ctx.clock.set('2026-07-15T02:00:00Z');
    expect((await inject('POST', '/api/v1/postings', employer, posting(['rail.traction.01'], 5, '2026-09-30'))).statusCode).toBe(201);
    expect((await inject('POST', '/api/v1/postings', employer, posting(['rail.traction.10'], 1, '2026-09-30'))).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) {
      const t = await bed.register('陈平');
      expect((await bed.put(t.cookie, bed.profileBody({ highestDegree: 'doctorate' }))).statusCode).toBe(200);
      const body = { discoverable: true, availability: 'now', experienceYears: 8, skills: [{ code: 'rail.traction.10', level: 4, years: 6 }] };
      expect((await inject('PUT', '/api/v1/talents/me/skills', t.cookie, body)).statusCode).toBe(200);
    }

    const res = await inject('GET', '/api/v1/shortage-catalogue');
    expect(res.statusCode, res.body).toBe(200);
    const cat = res.json();
    expect(cat).toMatchObject({ period: '2026-Q3', previousPeriod: '2026-Q2' });
    const igbt = cat.entries.find((e: { skill: string }) => e.skill === 'rail.traction.01');
    expect(igbt).toMatchObject({
      chain: 'rail',
      subField: 'rail.traction',
      skillName: { zh: 'IGBT 器件应用' },
      openings: 5,
      supply: 0,
      qualifiedPerOpening: 0,
    });
    expect(igbt.stars).toBeGreaterThanOrEqual(3);
    expect(igbt.previousStars).toBeGreaterThanOrEqual(3);
    const matlab = cat.entries.find((e: { skill: string }) => e.skill === 'rail.traction.10');
    expect(matlab).toMatchObject({ openings: 1, supply: 3, qualifiedPerOpening: 3, previousStars: null });
    expect(matlab.stars).toBeLessThanOrEqual(2); // the gate: three qualified applicants for one opening
    expect(cat.entries[0].skill).toBe('rail.traction.01');

    const q2 = (await inject('GET', '/api/v1/shortage-catalogue?period=2026-Q2')).json();
    expect(q2.entries.map((e: { skill: string }) => e.skill)).toEqual(['rail.traction.01']);
    const bad = await inject('GET', '/api/v1/shortage-catalogue?period=2026-Q5');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('period');

    const xlsx = await inject('GET', '/api/v1/shortage-catalogue.xlsx?period=2026-Q3');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('shortage-catalogue-2026-Q3.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(3).value).toBe('rail.traction.01');
    expect(ws.getRow(2).getCell(4).value).toBe('IGBT 器件应用');
  });
});
