/**
 * The office closes a survey (answers and imports after that are refused with 409, nothing
 * written) and reads postings and survey answers as one list of demand records per employer,
 * narrowed by chain, district or survey, and as Excel; bad filters are 400s naming the field.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { employerTestbed } from '../employers/employer-testing.js';
import { multipart } from '../recognition/recognition-testing.js';
import { surveyTemplate } from './survey-import.js';
import { surveyRecord } from './survey-testing.js';

describe('closing a survey and the demand records', () => {
  const bed = employerTestbed({ now: '2026-07-15T02:00:00Z' });
  const open = async (title: string) => {
    const res = await bed.as(bed.officer, 'POST', '/api/v1/surveys', { title, period: '2026 下半年', chains: ['rail'], deadline: '2026-08-31' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const record = surveyRecord;
  const records = async (id: string) => (await bed.as(bed.officer, 'GET', `/api/v1/surveys/${id}/records`)).json().items as { title: string }[];

  it('closes a survey before its deadline: later answers, imports, reminders and a second closing are refused, nothing written', async () => {
    const a = await bed.approved();
    const s = await open('提前结束的摸排');
    expect((await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record()] })).statusCode).toBe(200);
    expect((await bed.as(a, 'POST', `/api/v1/surveys/${s.id}/closure`)).statusCode).toBe(403);

    const closed = await bed.as(bed.officer, 'POST', `/api/v1/surveys/${s.id}/closure`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ id: s.id, closedAt: '2026-07-15T02:00:00.000Z', deadline: '2026-08-31' });
    expect((await bed.as(a, 'GET', '/api/v1/surveys/mine')).json().items.find((x: { id: string }) => x.id === s.id)).toMatchObject({
      closedAt: '2026-07-15T02:00:00.000Z',
    });

    const late = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record({ title: '迟到的答卷' })] });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'BOLE_SURVEY_CLOSED' });
    expect(late.json().detail).toContain('2026-07-15');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await surveyTemplate()) as unknown as ArrayBuffer);
    wb.worksheets[0]!.spliceRows(2, 1, [a.login, '车体', '迟到的线下答卷', 1, '', 8000, 9000, '石峰区', '全职']);
    const m = multipart('answers.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from(await wb.xlsx.writeBuffer()));
    const imported = await bed.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/import`,
      headers: { ...m.headers, cookie: await bed.cookie(bed.officer) },
      payload: m.payload,
    });
    expect(imported.statusCode, imported.body).toBe(409);
    expect((await records(s.id)).map((r) => r.title)).toEqual(['电机控制算法工程师']);
    expect((await bed.as(bed.officer, 'POST', `/api/v1/surveys/${s.id}/reminders`)).statusCode).toBe(409);
    expect((await bed.as(bed.officer, 'POST', `/api/v1/surveys/${s.id}/closure`)).json()).toMatchObject({ status: 409, code: 'BOLE_SURVEY_CLOSED' });
    const unknown = await bed.as(bed.officer, 'POST', '/api/v1/surveys/00000000-0000-4000-8000-000000000000/closure');
    expect(unknown.statusCode).toBe(404);
    const badId = await bed.as(bed.officer, 'POST', '/api/v1/surveys/not-an-id/closure');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].field).toBe('id');
  });

  it('lists open postings and survey answers per employer, filtered by chain, district and survey, and exports them', async () => {
    const a = await bed.approved();
    const s = await open('需求台账摸排');
    await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record(), record({ title: '焊接技师', district: '石峰区' })] });
    const posted = await bed.as(a, 'POST', '/api/v1/postings', {
      title: '牵引变流器工程师',
      chain: 'rail',
      subField: 'rail.traction',
      requiredSkills: ['rail.traction.01'],
      headcount: 4,
      salaryMin: 15000,
      salaryMax: 25000,
      district: '天元区',
      engagementMode: 'weekend',
      closesOn: '2026-09-30',
    });
    expect(posted.statusCode, posted.body).toBe(201);

    type Row = { source: string; title: string; employerId: string; surveyTitle: string | null; subField: string; district: string; date: string };
    const list = async (query: string) => {
      const res = await bed.as(bed.officer, 'GET', `/api/v1/demand-records${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Row[]).filter((r) => r.employerId === a.employerId);
    };
    const all = await list('?chain=rail');
    expect(all.map((r) => [r.source, r.title])).toEqual([
      ['posting', '牵引变流器工程师'],
      ['online', '电机控制算法工程师'],
      ['online', '焊接技师'],
    ]);
    expect(all[0]).toMatchObject({ surveyTitle: null, subField: '牵引与控制', date: '2026-09-30' });
    expect(all[1]).toMatchObject({ surveyTitle: '需求台账摸排', date: '2026-07-15' });
    expect((await list('?district=石峰区')).map((r) => r.title)).toEqual(['焊接技师']);
    expect((await list(`?surveyId=${s.id}`)).map((r) => r.source)).toEqual(['online', 'online']);
    expect(await list('?chain=aviation')).toEqual([]);

    const xlsx = await bed.as(bed.officer, 'GET', `/api/v1/demand-records.xlsx?surveyId=${s.id}`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['单位在线填报', '需求台账摸排', '电机控制算法工程师', 2, '硕士']));

    for (const [query, field] of [
      ['?chain=shipbuilding', 'chain'],
      ['?district=长沙', 'district'],
      ['?surveyId=nope', 'surveyId'],
      ['?surveyId=00000000-0000-4000-8000-000000000000', 'surveyId'],
      ['?sort=name', ''],
    ] as const) {
      const bad = await bed.as(bed.officer, 'GET', `/api/v1/demand-records${query}`);
      expect(bad.statusCode, query).toBe(400);
      if (field) expect(bad.json().errors[0].field).toBe(field);
    }
    expect((await bed.as(a, 'GET', '/api/v1/demand-records')).statusCode).toBe(403);
  });
});
