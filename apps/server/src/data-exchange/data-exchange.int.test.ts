import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { makeIdNumber } from '@bole/contracts';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { auditLog } from '../audit/audit.table.js';
import { employers } from '../employers/employer.table.js';
import { notifications } from '../notifications/notification.table.js';
import { seedCity } from '../seed/seed-city.js';
import { talents } from '../talents/talent.table.js';
import { talentFactsOf, verifiedFactsOf } from '../facts/fact.service.js';
import { factImports } from './fact-import.table.js';

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };
let admin: { cookie: string };
const ids = [
  makeIdNumber('430211', '1990-03-09', 12, 'male'),
  makeIdNumber('430203', '1992-05-01', 13, 'female'),
  makeIdNumber('430202', '1988-11-20', 21, 'female'),
];
const talentIds: string[] = [];
let creditCode: string;
let employerId: string;
let talentAccountId: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await seedCity(ctx, { talents: 3, employers: 2, seed: 9, referenceDate: '2026-06-30', verifiedFacts: false });
  const rows = await ctx.db.select({ id: talents.id }).from(talents).orderBy(asc(talents.id));
  const [e] = await ctx.db.select({ id: employers.id, code: employers.creditCode }).from(employers).orderBy(asc(employers.id)).limit(1);
  creditCode = e!.code;
  employerId = e!.id;
  for (const [i, r] of rows.entries()) {
    // Known ID numbers, so the files below can name them. The first talent declared 30 months;
    // the second declared what 人社局 will confirm.
    await ctx.db
      .update(talents)
      .set({
        idNumberEnc: ctx.cipher.encrypt(ids[i]!),
        idNumberHash: ctx.cipher.lookupHash('id', ids[i]!),
        socialInsuranceMonths: [30, 36, 0][i]!,
        hukouInCity: false,
        ...(i === 1 ? { employerId, arrivalDate: '2024-03-01' } : {}),
      })
      .where(eq(talents.id, r.id));
    talentIds.push(r.id);
  }
  officer = await signIn(app, await createTestAccount(ctx, 'officer'));
  admin = await signIn(app, await createTestAccount(ctx, 'admin'));
  talentAccountId = (await createTestAccount(ctx, 'talent', { talentId: talentIds[0]! })).id;
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

function multipart(fileName: string, type: string, data: Buffer) {
  const boundary = '----bole' + randomUUID();
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (who: { cookie: string }, department: string, fileName: string, type: string, data: Buffer) => {
  ctx.clock.advance(60_000); // one import a minute, so the history's order is the order of the test
  const { body, contentType } = multipart(fileName, type, data);
  return app.inject({
    method: 'POST',
    url: `/api/v1/department-facts/imports?department=${department}`,
    payload: body,
    headers: { ...who, 'content-type': contentType },
  });
};
const csv = (who: { cookie: string }, department: string, text: string) => upload(who, department, 'facts.csv', 'text/csv', Buffer.from(text));
const importCount = async () => (await ctx.db.select({ id: factImports.id }).from(factImports)).length;

describe('数据共享: a department’s file', () => {
  it('a good CSV from 人社局 confirms social insurance, employment and arrival; the contradicted declaration is told to the talent and the office', async () => {
    const res = await csv(
      officer,
      'rsj',
      `身份证号 idNumber,本市社保缴纳月数 socialInsuranceMonths,employerCreditCode,arrivalDate\r\n${ids[0]},24,,\r\n${ids[1]},36,${creditCode},2024-03-01\r\n`,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ department: 'rsj', source: 'file', fileName: 'facts.csv', rows: 2, changed: 2, unchanged: 0, contradicted: 1 });
    expect(await verifiedFactsOf(ctx, talentIds[0]!)).toMatchObject({ socialInsuranceMonths: 24 });
    expect(await verifiedFactsOf(ctx, talentIds[1]!)).toMatchObject({ socialInsuranceMonths: 36, employerId, arrivalDate: '2024-03-01' });
    const told = await ctx.db.select().from(notifications).where(eq(notifications.kind, 'fact.contradicted'));
    expect(told.map((n) => n.recipientUserId)).toContain(talentAccountId);
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told[0]!.payload).toMatchObject({ department: 'rsj', talentId: talentIds[0], fields: ['socialInsuranceMonths'], importId: res.json().id });
    // The same file again confirms what is on file: nothing changes, nobody is told twice.
    const again = await csv(officer, 'rsj', `idNumber,socialInsuranceMonths\n${ids[0]},24\n`);
    expect(again.json()).toMatchObject({ rows: 1, changed: 0, unchanged: 1, contradicted: 0 });
    expect((await ctx.db.select().from(notifications).where(eq(notifications.kind, 'fact.contradicted'))).length).toBe(told.length);
  });

  it('a good Excel file from 公安局’s own reviewer, on its template, confirms hukou', async () => {
    const reviewer = await signIn(app, await createTestAccount(ctx, 'reviewer', { department: 'gaj' }));
    const template = await app.inject({ method: 'GET', url: '/api/v1/department-facts/template.xlsx?department=gaj', headers: reviewer });
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '身份证号 idNumber', '本市户籍 hukouInCity']);
    ws.addRow([ids[2], '是']);
    const res = await upload(
      reviewer,
      'gaj',
      '户籍.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ department: 'gaj', rows: 1, changed: 1 });
    expect(await verifiedFactsOf(ctx, talentIds[2]!)).toMatchObject({ hukouInCity: true });
    // Its reviewer delivers for 公安局 only.
    expect((await csv(reviewer, 'rsj', `idNumber,socialInsuranceMonths\n${ids[2]},3\n`)).statusCode).toBe(403);
  });

  it('a file with bad rows is refused with every row and column named (400 problem+json) and writes nothing', async () => {
    const before = await importCount();
    const unknown = makeIdNumber('430281', '1995-01-01', 77, 'male');
    const res = await csv(
      officer,
      'rsj',
      `idNumber,socialInsuranceMonths,employerCreditCode\n${ids[0]},12,\n${unknown},6,\n${ids[1]},abc,\n${ids[0]},5,\n${ids[2]},7,91430200MA0000000X\n`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'row 3.idNumber',
      'row 4.socialInsuranceMonths',
      'row 5.idNumber',
      'row 6.employerCreditCode',
    ]);
    expect(res.body).not.toContain(unknown);
    expect(res.body).not.toContain(ids[0]);
    expect(await importCount()).toBe(before);
    expect((await verifiedFactsOf(ctx, talentIds[0]!)).socialInsuranceMonths).toBe(24);

    const header = await csv(officer, 'rsj', `idNumber,hukouInCity\n${ids[0]},是\n`);
    expect(header.json().errors).toEqual([
      { field: 'row 1.hukouInCity', message: 'column 2: rsj does not supply this fact (it supplies socialInsuranceMonths, employerCreditCode, arrivalDate)' },
    ]);
    expect((await verifiedFactsOf(ctx, talentIds[0]!)).hukouInCity).toBeNull();
  });

  it('each import is in the history and the audit log, and no ID number is', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/v1/department-facts/imports', headers: officer });
    expect(list.json()).toMatchObject({ total: 3 });
    expect(list.json().items[0]).toMatchObject({ department: 'gaj', fileName: '户籍.xlsx', departmentName: { zh: '公安局' } });
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'facts.import'));
    expect(audit).toHaveLength(3);
    expect(audit[0]!.detail).toMatchObject({ department: 'rsj', source: 'file', fileName: 'facts.csv', rows: 2, changed: 2, contradicted: 1 });
    for (const id of ids) expect(JSON.stringify(audit)).not.toContain(id);
  });
});

describe('数据共享: the partner API', () => {
  let gajToken: string;

  beforeAll(async () => {
    const account = await createTestAccount(ctx, 'reviewer', { department: 'gaj' });
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${account.id}/department-tokens`,
      headers: admin,
      payload: { name: '公安人口库', department: 'gaj' },
    });
    gajToken = res.json().token;
  });
  const push = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/department-facts', headers: { authorization: `Bearer ${gajToken}` }, payload });

  it('a token for 公安 cannot write social-insurance months: 403 naming the field, nothing written', async () => {
    const res = await push({ department: 'gaj', rows: [{ idNumber: ids[1], hukouInCity: true, socialInsuranceMonths: 99 }] });
    expect(res.statusCode).toBe(403);
    expect(res.json().errors).toEqual([{ field: 'rows.0.socialInsuranceMonths', message: 'this token may write only hukouInCity' }]);
    expect((await verifiedFactsOf(ctx, talentIds[1]!)).hukouInCity).toBeNull();
    const other = await push({ department: 'rsj', rows: [{ idNumber: ids[1], socialInsuranceMonths: 99 }] });
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0].field).toBe('department');
  });

  it('writes its own department’s facts, all rows or none, and records the import', async () => {
    const bad = await push({ department: 'gaj', rows: [{ idNumber: ids[1], hukouInCity: true }, { idNumber: ids[0] }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'rows.1', message: 'supplies no fact (every fact cell is empty)' }]);
    expect((await verifiedFactsOf(ctx, talentIds[1]!)).hukouInCity).toBeNull();
    const res = await push({
      department: 'gaj',
      rows: [
        { idNumber: ids[1], hukouInCity: true },
        { idNumber: ids[0], hukouInCity: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'api', fileName: null, rows: 2, changed: 2 });
    expect(await verifiedFactsOf(ctx, talentIds[1]!)).toMatchObject({ hukouInCity: true });
  });

  it('withdraws a fact the department no longer confirms: null in the API, 撤回 in a file; the fact is the talent’s word again', async () => {
    const res = await push({ department: 'gaj', rows: [{ idNumber: ids[1], hukouInCity: null }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ rows: 1, changed: 1 });
    expect((await verifiedFactsOf(ctx, talentIds[1]!)).hukouInCity).toBeNull();
    expect((await talentFactsOf(ctx, talentIds[1]!)).facts.find((f) => f.field === 'hukouInCity')).toMatchObject({ status: 'declared', verified: null });

    // 人社局's file: the person left the employer, so employment and arrival are withdrawn; the months stay.
    const file = await csv(officer, 'rsj', `idNumber,employerCreditCode,arrivalDate,socialInsuranceMonths\n${ids[1]},撤回,撤回,\n`);
    expect(file.statusCode, file.body).toBe(201);
    expect(await verifiedFactsOf(ctx, talentIds[1]!)).toMatchObject({ employerId: null, arrivalDate: null, socialInsuranceMonths: 36 });
    // A withdrawal of a fact the department does not supply is refused like a value would be.
    const foreign = await csv(officer, 'rsj', `idNumber,socialInsuranceMonths,hukouInCity\n${ids[1]},36,撤回\n`);
    expect(foreign.statusCode).toBe(400);
  });

  it('is described in the OpenAPI document with its bearer token, body and refusals', async () => {
    const doc = (await app.inject('/api/docs/json')).json();
    const op = doc.paths['/api/v1/department-facts'].post;
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['201', '400', '403']));
    expect(Object.keys(op.requestBody.content['application/json'].schema.properties)).toEqual(['department', 'rows']);
  });
});
