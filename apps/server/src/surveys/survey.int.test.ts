import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '@bole/contracts';
import { employerTestbed } from '../employers/employer-testing.js';
import { multipart } from '../recognition/recognition-testing.js';
import { surveyTemplate } from './survey-import.js';
import { surveyRecord } from './survey-testing.js';

describe('demand surveys', () => {
  const bed = employerTestbed({ now: '2026-07-15T02:00:00Z' });
  let n = 900;
  /** An approved employer of another chain than the test bed's (rail) ones. */
  const aviation = async () => {
    const login = makeCreditCode('430200', ++n);
    const res = await bed.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/employer',
      payload: {
        creditCode: login,
        name: '株洲航发动科',
        password: 'Passw0rd-1',
        contactMobile: `1390001${String(n).padStart(4, '0')}`,
        district: '芦淞区',
        chain: 'aviation',
        kind: 'enterprise',
        flags: [],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = { employerId: res.json().employerId as string, login, password: 'Passw0rd-1' };
    await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'approve' });
    return e;
  };
  const open = async (deadline = '2026-08-31') => {
    const res = await bed.as(bed.officer, 'POST', '/api/v1/surveys', {
      title: '2026 下半年轨道交通人才需求摸排',
      period: '2026 下半年',
      chains: ['rail'],
      deadline,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; surveyed: number };
  };
  const record = surveyRecord;
  const notifications = async (who: { login: string; password: string }) =>
    ((await bed.as(who, 'GET', '/api/v1/notifications')).json().items as { kind: string }[]).map((x) => x.kind);

  it('is sent to every approved employer of its chains; answers count toward completion by chain and district; reminders reach those who have not answered', async () => {
    const a = await bed.approved();
    const b = await bed.approved();
    const pending = await bed.register();
    const other = await aviation();
    const s = await open();
    const mine = (await bed.as(a, 'GET', '/api/v1/surveys/mine')).json().items as { id: string }[];
    expect(mine.map((m) => m.id)).toContain(s.id);
    expect((await bed.as(other, 'GET', '/api/v1/surveys/mine')).json().items).toEqual([]);
    expect((await bed.as(pending, 'GET', '/api/v1/surveys/mine')).json().items).toEqual([]);
    expect(await notifications(a)).toContain('survey.sent');

    const answer = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, {
      records: [record(), record({ title: '试验工程师', engagementMode: 'weekend', minDegree: null })],
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      source: 'online',
      records: [expect.objectContaining({ chain: 'rail', headcount: 2 }), expect.objectContaining({ engagementMode: 'weekend' })],
    });
    // answering again replaces the answer
    await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record({ headcount: 3 })] });
    const records = (await bed.as(bed.officer, 'GET', `/api/v1/surveys/${s.id}/records`)).json().items as { employerId: string; headcount: number }[];
    expect(records.filter((r) => r.employerId === a.employerId)).toEqual([expect.objectContaining({ headcount: 3 })]);

    const c = (await bed.as(bed.officer, 'GET', `/api/v1/surveys/${s.id}/completion`)).json();
    expect(c.survey).toMatchObject({ surveyed: s.surveyed, answered: 1 });
    expect(c.byChain).toEqual([{ key: 'rail', surveyed: s.surveyed, answered: 1 }]);
    expect(c.byDistrict).toContainEqual({ key: '石峰区', surveyed: s.surveyed, answered: 1 });
    expect(c.unanswered.map((u: { employerId: string }) => u.employerId)).toContain(b.employerId);
    expect(c.unanswered.map((u: { employerId: string }) => u.employerId)).not.toContain(a.employerId);

    const reminded = await bed.as(bed.officer, 'POST', `/api/v1/surveys/${s.id}/reminders`);
    expect(reminded.json()).toEqual({ reminded: s.surveyed - 1 });
    expect(await notifications(b)).toContain('survey.reminder');
    expect(await notifications(a)).not.toContain('survey.reminder');
  });

  it('refuses an employer not surveyed, negative headcount, salary min above max, an unknown district and a late answer — writing nothing', async () => {
    const a = await bed.approved();
    const other = await aviation();
    const s = await open('2026-07-20');
    const notSurveyed = await bed.as(other, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record()] });
    expect(notSurveyed.statusCode).toBe(422);
    expect(notSurveyed.json()).toMatchObject({ code: 'BOLE_NOT_SURVEYED', errors: [expect.objectContaining({ field: 'surveyId' })] });
    const negative = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record({ headcount: -1 })] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([expect.objectContaining({ field: 'records.0.headcount' })]);
    const band = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record(), record({ salaryMin: 30000, salaryMax: 20000 })] });
    expect(band.json().errors).toEqual([expect.objectContaining({ field: 'records.1.salaryMin', message: 'must not be above salaryMax' })]);
    const district = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record({ district: '长沙' })] });
    expect(district.json().errors).toEqual([expect.objectContaining({ field: 'records.0.district' })]);
    expect((await bed.as(bed.officer, 'GET', `/api/v1/surveys/${s.id}/records`)).json().items).toEqual([]);
    const past = await bed.as(bed.officer, 'POST', '/api/v1/surveys', { title: '过期摸排', period: '2026', chains: ['rail'], deadline: '2026-07-01' });
    expect(past.json()).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'deadline' })] });

    bed.ctx.clock.set('2026-07-21T02:00:00Z');
    try {
      const late = await bed.as(a, 'PUT', `/api/v1/surveys/${s.id}/answer`, { records: [record()] });
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('BOLE_SURVEY_CLOSED');
    } finally {
      bed.ctx.clock.set('2026-07-15T02:00:00Z');
    }
  });

  it('imports answers collected offline: every bad row named and nothing written, or all rows', async () => {
    const a = await bed.approved();
    const b = await bed.approved();
    const other = await aviation();
    const s = await open();
    const upload = async (rows: unknown[][]) => {
      // the office's own template, its example row replaced by the rows collected
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await surveyTemplate()) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      ws.spliceRows(2, 1);
      for (const r of rows) ws.addRow(r);
      const m = multipart('answers.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from(await wb.xlsx.writeBuffer()));
      return bed.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/import`,
        headers: { ...m.headers, cookie: await bed.cookie(bed.officer) },
        payload: m.payload,
      });
    };
    const good = [a.login, '牵引电机', '电机控制算法工程师', 2, '硕士', 15000, 25000, '天元区', '全职'];
    const bad = await upload([
      good,
      [b.login, '车体', '焊接技师', -3, '', 8000, 9000, '石峰区', '候鸟式'],
      [other.login, '航空发动机', '试车工程师', 1, '本科', 12000, 10000, '芦淞区', '全职'],
    ]);
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'BOLE_IMPORT_ROWS' });
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'row 3.headcount' }), expect.objectContaining({ field: 'row 4.salaryMin' })]),
    );
    expect((await bed.as(bed.officer, 'GET', `/api/v1/surveys/${s.id}/records`)).json().items).toEqual([]);
    const notSurveyed = await upload([[other.login, '航空发动机', '试车工程师', 1, '本科', 10000, 12000, '芦淞区', '全职']]);
    expect(notSurveyed.json().errors).toEqual([expect.objectContaining({ field: 'row 2.creditCode', message: expect.stringContaining('not surveyed') })]);

    const ok = await upload([
      good,
      [b.login, '车体', '焊接技师', 3, '', 8000, 9000, '石峰区', '候鸟式'],
      [a.login, '牵引电机', '试验员', 1, 'bachelor', 6000, 8000, '天元区', 'full_time'],
    ]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ employers: 2, records: 3 });
    const mine = (await bed.as(b, 'GET', '/api/v1/surveys/mine')).json().items.find((x: { id: string }) => x.id === s.id);
    expect(mine).toMatchObject({
      source: 'import',
      records: [expect.objectContaining({ title: '焊接技师', engagementMode: 'migratory', minDegree: null, headcount: 3 })],
    });
  });
});
