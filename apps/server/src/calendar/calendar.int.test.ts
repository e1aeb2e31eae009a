import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies, type TestAccount } from '../auth/testing.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { multipart, registerTalentWithProfile, uploadEvidence } from '../recognition/recognition-testing.js';
import { ELIGIBLE, OFFICIAL_2027, SOURCE_2027, XLSX, calendarSheetCell, workbook } from './calendar-testing.js';
import { formatYearList, importCalendarFile } from './calendar.command.js';
import { listCalendarYears } from './calendar.service.js';
import { queryRows } from '../db/rows.js';

describe('holiday calendar: provisional year, import of a notice, deadlines recomputed', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let employerId: string;
  let admin: TestAccount;
  let officer: TestAccount;
  let rsj: TestAccount;
  /** The sign-in of each talent `applySettle` registered, by name. */
  const applicants = new Map<string, { login: string; password: string }>();

  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(ctx.db, q);
  /** What a refused import must leave as it was. */
  async function snapshot() {
    return {
      years: await rows(sql`select year, kind, holidays, workdays, source, loaded_at from calendar_years order by year`),
      audit: (await rows<{ n: number }>(sql`select count(*)::int n from audit_log`))[0]!.n,
      due: await rows(sql`select id, due_date from applications order by id`),
      list: (await app.inject({ url: '/api/v1/calendar/years', headers: { cookie: await cookieOf(admin) } })).json(),
    };
  }
  const upload = async (who: { login: string; password: string }, kind: string, tag: string) => uploadEvidence(app, await cookieOf(who), kind, tag);
  async function applySettle(name: string) {
    const reg = await registerTalentWithProfile(app, employerId, ELIGIBLE, name);
    const who = { login: reg.mobile, password: 'Passw0rd-1' };
    applicants.set(name, who);
    const tierCert = await upload(who, 'honor_proof', reg.talentId);
    await upload(who, 'employment_contract', reg.talentId);
    await upload(who, 'social_insurance_record', reg.talentId);
    return app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { cookie: await cookieOf(who) },
      payload: { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: tierCert }] },
    });
  }
  async function importFile(who: TestAccount, fileName: string, data: Buffer, type = XLSX, query = '') {
    const m = multipart(fileName, type, data);
    return app.inject({ method: 'POST', url: `/api/v1/calendar/import${query}`, headers: { cookie: await cookieOf(who), ...m.headers }, payload: m.payload });
  }

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-12-28T02:00:00Z' }); // Monday 10:00 in Zhuzhou
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/employer',
      payload: {
        creditCode: makeCreditCode('430200', 78),
        name: '株洲日历测试有限公司',
        password: 'Passw0rd-1',
        contactMobile: '13900000078',
        district: '石峰区',
        chain: 'rail',
        kind: 'enterprise',
        flags: ['above_scale'],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    employerId = res.json().employerId;
    admin = await createTestAccount(ctx, 'admin');
    officer = await createTestAccount(ctx, 'officer', { department: 'rcb' });
    rsj = await createTestAccount(ctx, 'reviewer', { department: 'rsj' });
  });
  /** The 人社局 queue row of the application of `name`. */
  async function queueRow(name: string) {
    const res = await app.inject({ url: '/api/v1/review/queue', headers: { cookie: await cookieOf(rsj) } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.find((i: { talentName: string }) => i.talentName.startsWith(name.slice(0, 1)));
  }
  /** What the talent `name` sees: the list row and the detail of their one application, and their application notifications. */
  async function talentView(name: string) {
    const cookie = await cookieOf(applicants.get(name)!);
    const mine = await app.inject({ url: '/api/v1/applications/mine', headers: { cookie } });
    expect(mine.statusCode, mine.body).toBe(200);
    const [item] = mine.json().items;
    const detail = await app.inject({ url: `/api/v1/applications/${item.id}`, headers: { cookie } });
    expect(detail.statusCode, detail.body).toBe(200);
    const inbox = await app.inject({ url: '/api/v1/notifications', headers: { cookie } });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const notes = (inbox.json().items as { kind: string; payload: Record<string, unknown> }[]).filter((n) => n.kind.startsWith('application.'));
    return { item, detail: detail.json(), notes };
  }
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('seeds 2025–2026 as official from the shipped notices and computes 2027 as provisional', async () => {
    const res = await app.inject({ url: '/api/v1/calendar/years', headers: { cookie: await cookieOf(officer) } });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(list).toMatchObject({ lastOfficialYear: 2026, provisionalYear: 2027, today: '2026-12-28' });
    expect(
      list.items.map((y: { year: number; kind: string; holidays: number; workdays: number; workingDays: number }) => [
        y.year,
        y.kind,
        y.holidays,
        y.workdays,
        y.workingDays,
      ]),
    ).toEqual([
      [2027, 'provisional', 19, 0, 248],
      [2026, 'official', 33, 6, 248],
      [2025, 'official', 28, 5, 248],
    ]);
    expect(list.items[1].source).toContain('国务院办公厅关于2026年部分节假日安排的通知');
    expect(list.items[0].source).toContain('全国年节及纪念日放假办法');

    const year = await app.inject({ url: '/api/v1/calendar/years/2027', headers: { cookie: await cookieOf(officer) } });
    expect(year.json().holidayDates.slice(1, 7)).toEqual([
      { date: '2027-02-05', name: '春节（除夕）' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-02-09', name: '春节（补休）' },
      { date: '2027-02-10', name: '春节（补休）' },
    ]);
    expect((await app.inject({ url: '/api/v1/calendar/years/2030', headers: { cookie: await cookieOf(officer) } })).statusCode).toBe(404);
  });

  it('lets an application whose deadline lands in 2027 be submitted (it used to be a 422)', async () => {
    const res = await applySettle('张跨年');
    expect(res.statusCode, res.body).toBe(201);
    // Mon 12-28 + 5 working days: 12-29, 12-30, 12-31, (01-01 New Year, weekend) 01-04, 01-05.
    expect(res.json()).toMatchObject({ status: 'in_review', department: 'rsj', dueDate: '2027-01-05' });
    expect(res.json().dueDateProvisional).toBe(true);
    // The reviewer sees that the deadline lies in the provisional year (暂定), in the queue and on the decision page.
    expect(await queueRow('张跨年')).toMatchObject({ dueDate: '2027-01-05', dueDateProvisional: true });
    const review = await app.inject({ url: `/api/v1/review/applications/${res.json().id}`, headers: { cookie: await cookieOf(rsj) } });
    expect(review.json()).toMatchObject({ dueDate: '2027-01-05', dueDateProvisional: true });
    // So does the talent, in the list and on the application.
    const seen = await talentView('张跨年');
    expect(seen.item).toMatchObject({ dueDate: '2027-01-05', dueDateProvisional: true });
    expect(seen.detail).toMatchObject({ dueDate: '2027-01-05', dueDateProvisional: true });
    expect(seen.detail.steps.map((s: { action: string }) => s.action)).toEqual(['submit']);
  });

  it('still refuses a deadline past the provisional year with the clear 422', async () => {
    ctx.clock.set('2027-12-28T02:00:00Z');
    try {
      const res = await applySettle('李太远');
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code: 'BOLE_CALENDAR_RANGE', errors: [{ field: 'date' }] });
      expect(res.json().detail).toMatch(/covers 2025–2027; 2028 is not in it yet/);
      expect(res.json().detailZh).toContain('国务院办公厅');
    } finally {
      ctx.clock.set('2026-12-28T02:00:00Z');
    }
  });

  it('refuses imports from anyone but an administrator, and the calendar to talents', async () => {
    const before = await snapshot();
    const data = await workbook(OFFICIAL_2027);
    expect((await importFile(officer, '2027.xlsx', data)).statusCode).toBe(403);
    const talent = await createTestAccount(ctx, 'talent');
    expect((await app.inject({ url: '/api/v1/calendar/years', headers: { cookie: await cookieOf(talent) } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/calendar/import' })).statusCode).toBe(401);
    const after = await snapshot();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    // The talent's account and sign-in are audited; nothing of the calendar.
    const actions = await rows<{ action: string }>(sql`select action from audit_log order by id desc limit ${after.audit - before.audit}`);
    expect(actions.map((a) => a.action).filter((a) => !a.startsWith('auth.') && !a.startsWith('account.') && !a.startsWith('user.'))).toEqual([]);
  });

  it('refuses bad files with 400 naming the row or field, and changes nothing', async () => {
    const before = await snapshot();
    const bad = await importFile(
      admin,
      '2027.xlsx',
      await workbook([
        ['2027-01-01', '放假'],
        ['2027-13-01', '放假'],
        ['2027-01-04', '上班'],
      ]),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BOLE_VALIDATION' });
    expect(bad.json().errors).toEqual([
      { field: 'row 5', message: '日期 "2027-13-01" is not a date (write it as 2027-02-05)' },
      { field: 'row 6', message: '2027-01-04 is a Monday (星期一); a make-up workday (上班) must be a Saturday or Sunday' },
    ]);
    expect(bad.json().detail).toContain('The calendar file was not imported.');

    const noSource = await importFile(admin, '2027.xlsx', await workbook(OFFICIAL_2027, null));
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().errors).toEqual([{ field: 'source', message: expect.stringContaining('is required') }]);

    const tooFar = await importFile(
      admin,
      '2029.json',
      Buffer.from(JSON.stringify({ about: '通知', '2029': { holidays: ['2029-01-01'], workdays: [] } })),
      'application/json',
    );
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().errors).toEqual([{ field: '2029', message: expect.stringContaining('cannot be imported before 2027') }]);

    const notAFile = await importFile(admin, 'notice.txt', Buffer.from('2027-01-01 放假'), 'text/plain');
    expect(notAFile.statusCode).toBe(400);
    expect(notAFile.json().errors[0].field).toBe('file');

    const noMultipart = await app.inject({ method: 'POST', url: '/api/v1/calendar/import', headers: { cookie: await cookieOf(admin) }, payload: {} });
    expect(noMultipart.statusCode).toBe(400);

    expect(await snapshot()).toEqual(before);
  });

  it('imports the official 2027 from Excel: replaces the provisional year, moves stored deadlines and notices, audits before/after', async () => {
    // A recognition in public notice since Thu 12-24 for 7 working days: ends 2027-01-05 on the provisional year.
    const talent = await registerTalentWithProfile(app, employerId, {}, '王公示');
    await ctx.db
      .execute(sql`insert into recognitions (talent_id, requested_by, requested_by_role, status, proposed_tier, request_date, talent_name, stage_since, notice_starts_on, notice_ends_on, created_at, updated_at)
      values (${talent.talentId}, ${talent.userId}, 'talent', 'public_notice', 'D', '2026-12-01', '王公示', '2026-12-24', '2026-12-24', '2027-01-05', now(), now())`);
    // An application begun Mon 2027-01-11: 5 working days end Mon 01-18 on both calendars, so its deadline stays.
    ctx.clock.set('2027-01-11T02:00:00Z');
    try {
      const steady = await applySettle('赵不变');
      expect(steady.statusCode, steady.body).toBe(201);
      expect(steady.json()).toMatchObject({ dueDate: '2027-01-18', dueDateProvisional: true });
    } finally {
      ctx.clock.set('2026-12-28T02:00:00Z');
    }
    const notesBefore = (await talentView('张跨年')).notes.length;

    const res = await importFile(admin, '2027.xlsx', await workbook(OFFICIAL_2027));
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ source: SOURCE_2027, provisionalYear: 2028, applicationsRecomputed: 1, noticesExtended: 1 });
    expect(result.years).toEqual([
      {
        year: 2027,
        replaced: 'provisional',
        changed: true,
        before: { holidays: 19, workdays: 0 },
        after: { holidays: 4, workdays: 1 },
        missingStatutory: expect.arrayContaining([{ date: '2027-02-05', name: '春节（除夕）' }]),
      },
    ]);

    const list = (await app.inject({ url: '/api/v1/calendar/years', headers: { cookie: await cookieOf(officer) } })).json();
    expect(list.items.map((y: { year: number; kind: string }) => [y.year, y.kind])).toEqual([
      [2028, 'provisional'],
      [2027, 'official'],
      [2026, 'official'],
      [2025, 'official'],
    ]);
    expect(list.items[1]).toMatchObject({ source: SOURCE_2027, loadedBy: expect.any(String), holidays: 4, workdays: 1 });

    // The stored deadline moved: 01-04 is now a day off, so the 5th working day is 01-06.
    const [app1] = await rows<{ due_date: string; version: number }>(
      sql`select to_char(due_date, 'YYYY-MM-DD') due_date, version from applications where talent_name = '张跨年'`,
    );
    expect(app1).toEqual({ due_date: '2027-01-06', version: 1 });
    expect(await queueRow('张跨年')).toMatchObject({ dueDate: '2027-01-06', dueDateProvisional: false });
    // The talent sees the new, official deadline, a timeline step saying why it moved, and a notification.
    const moved = await talentView('张跨年');
    expect(moved.item).toMatchObject({ dueDate: '2027-01-06', dueDateProvisional: false });
    expect(moved.detail).toMatchObject({ dueDate: '2027-01-06', dueDateProvisional: false, version: 1 });
    expect(moved.detail.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'due_date_moved']);
    expect(moved.detail.steps[1]).toMatchObject({
      action: 'due_date_moved',
      fromStatus: 'in_review',
      toStatus: 'in_review',
      department: 'rsj',
      actorRole: 'system',
      actorLabel: { zh: '系统', en: 'system' },
      reason: null,
      detail: { from: '2027-01-05', to: '2027-01-06', source: SOURCE_2027 },
    });
    expect(moved.notes.length).toBe(notesBefore + 1);
    // The test clock stands still, so notifications are picked by kind, not by their order.
    expect(moved.notes.filter((n) => n.kind === 'application.due_date_moved')).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({
          applicationId: moved.item.id,
          status: 'in_review',
          department: 'rsj',
          dueDate: '2027-01-06',
          previousDueDate: '2027-01-05',
          source: SOURCE_2027,
        }),
      }),
    ]);
    // The deadline that did not move gets no step and no notification; it is no longer provisional.
    const steady = await talentView('赵不变');
    expect(steady.detail).toMatchObject({ dueDate: '2027-01-18', dueDateProvisional: false });
    expect(steady.detail.steps.map((s: { action: string }) => s.action)).toEqual(['submit']);
    expect(steady.notes.map((n) => n.kind)).toEqual(['application.submit']);
    const stepsWritten = await rows<{ n: number }>(sql`select count(*)::int n from application_steps where action = 'due_date_moved'`);
    expect(stepsWritten[0]!.n).toBe(1);
    const [notice] = await rows<{ ends: string }>(sql`select to_char(notice_ends_on, 'YYYY-MM-DD') ends from recognitions where talent_name = '王公示'`);
    expect(notice!.ends).toBe('2027-01-06');

    const audit = await rows<{ action: string; entity_id: string; detail: Record<string, unknown> }>(
      sql`select action, entity_id, detail from audit_log where action in ('calendar.import', 'application.due_date_recomputed', 'recognition.notice_extended') order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['application.due_date_recomputed', 'recognition.notice_extended', 'calendar.import']);
    expect(audit[0]!.detail).toMatchObject({ from: '2027-01-05', to: '2027-01-06' });
    expect(audit[2]).toMatchObject({
      entity_id: '2027',
      detail: { replaced: 'provisional', before: { holidays: 19, workdays: 0 }, after: { holidays: 4, workdays: 1 }, source: SOURCE_2027, file: '2027.xlsx' },
    });
  });

  it('corrects an official year from JSON (audited) and reports an unchanged re-import', async () => {
    const json = { about: `${SOURCE_2027}（更正）`, '2027': { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] } };
    const res = await importFile(admin, '2027.json', Buffer.from(JSON.stringify(json)), 'application/json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().years[0]).toMatchObject({
      year: 2027,
      replaced: 'official',
      changed: true,
      before: { holidays: 4, workdays: 1 },
      after: { holidays: 3, workdays: 0 },
    });
    expect(res.json()).toMatchObject({ applicationsRecomputed: 1, noticesExtended: 0, provisionalYear: 2028 });
    const [app1] = await rows<{ due_date: string }>(sql`select to_char(due_date, 'YYYY-MM-DD') due_date from applications where talent_name = '张跨年'`);
    expect(app1!.due_date).toBe('2027-01-05');
    const back = await talentView('张跨年');
    expect(back.detail.steps.at(-1)).toMatchObject({
      action: 'due_date_moved',
      detail: { from: '2027-01-06', to: '2027-01-05', source: `${SOURCE_2027}（更正）` },
    });
    const backNotes = back.notes.filter((n) => n.kind === 'application.due_date_moved').map((n) => [n.payload.previousDueDate, n.payload.dueDate]);
    expect(backNotes.sort()).toEqual([
      ['2027-01-05', '2027-01-06'],
      ['2027-01-06', '2027-01-05'],
    ]);
    expect((await talentView('赵不变')).detail.steps.map((s: { action: string }) => s.action)).toEqual(['submit']);
    // The notice keeps the day announced (never shortened).
    const [notice] = await rows<{ ends: string }>(sql`select to_char(notice_ends_on, 'YYYY-MM-DD') ends from recognitions where talent_name = '王公示'`);
    expect(notice!.ends).toBe('2027-01-06');

    const again = await importFile(admin, '2027.json', Buffer.from(JSON.stringify(json)), 'application/json');
    expect(again.json()).toMatchObject({ years: [{ replaced: 'official', changed: false }], applicationsRecomputed: 0 });
    const [n] = await rows<{ n: number }>(sql`select count(*)::int n from audit_log where action = 'calendar.import'`);
    expect(n!.n).toBe(3);
  });

  it('serves the template and a year as workbooks that read back', async () => {
    const t = await app.inject({ url: '/api/v1/calendar/template.xlsx', headers: { cookie: await cookieOf(officer) } });
    expect(t.statusCode).toBe(200);
    expect(t.headers['content-type']).toContain('spreadsheetml');
    expect(t.headers['content-disposition']).toContain('bole-holidays-2028-template.xlsx');
    const e = await app.inject({ url: '/api/v1/calendar/years/2026/export.xlsx', headers: { cookie: await cookieOf(officer) } });
    expect(await calendarSheetCell(e.rawPayload, 'B1')).toContain('2026年部分节假日安排');
  });

  it('imports from the command line (file on disk) and lists the years', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bole-cal-'));
    try {
      const path = join(dir, '2028.json');
      writeFileSync(path, JSON.stringify({ '2028': { holidays: ['2028-01-01'], workdays: [] } }));
      const r = await importCalendarFile(ctx, path, '测试用通知 2028');
      expect(r).toMatchObject({ provisionalYear: 2029, years: [{ year: 2028, replaced: 'provisional' }] });
      const text = formatYearList(listCalendarYears(ctx));
      expect(text).toMatch(/^2029 {2}provisional 暂定/m);
      expect(text).toMatch(/^2028 {2}official 正式 .* 测试用通知 2028$/m);
      await expect(importCalendarFile(ctx, join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
      writeFileSync(path, JSON.stringify({ '2028': { holidays: ['2028-02-30'], workdays: [] } }));
      await expect(importCalendarFile(ctx, path, 'x')).rejects.toThrow(/not imported:\n {2}2028\.holidays\[0\]: "2028-02-30" is not a date of 2028/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
