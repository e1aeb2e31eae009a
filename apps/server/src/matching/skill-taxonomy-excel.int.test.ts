import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestAccount, signIn } from '../auth/testing.js';
import { multipart } from '../recognition/recognition-testing.js';
import { talentTestbed } from '../talents/talent-testing.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the skills taxonomy in Excel', () => {
  const bed = talentTestbed();
  const upload = (cookie: string, data: Buffer) => {
    const m = multipart('skills.xlsx', XLSX, data);
    return bed.app.inject({ method: 'POST', url: '/api/v1/skills/import', headers: { cookie, ...m.headers }, payload: m.payload });
  };

  it('exports the current skills, and an edited workbook imported back is a new version (a row taken out retired)', async () => {
    const officer = (await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'))).cookie;
    const res = await bed.app.inject({ url: '/api/v1/skills.xlsx', headers: { cookie: officer } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('skills-v1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(321);
    let igbtRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(5).value === 'rail.traction.01') igbtRow = n;
    });
    expect(ws.getRow(igbtRow).getCell(8).value).toBe('绝缘栅双极晶体管');
    expect(ws.getRow(igbtRow).getCell(10).value).toBe('rail.traction.02');

    // Rename IGBT and drop rail.traction.07 (EMC, related to no other skill).
    ws.getRow(igbtRow).getCell(6).value = 'IGBT 功率器件应用';
    let dropped = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(5).value === 'rail.traction.07') dropped = n;
    });
    ws.spliceRows(dropped, 1);
    const edited = Buffer.from(await wb.xlsx.writeBuffer());

    const talent = await bed.register('刘洋');
    expect((await upload(talent.cookie, edited)).statusCode).toBe(403);
    const saved = await upload(officer, edited);
    expect(saved.statusCode, saved.body).toBe(200);
    const traction = saved
      .json()
      .chains.find((c: { chain: string }) => c.chain === 'rail')
      .subFields.find((f: { code: string }) => f.code === 'rail.traction');
    expect(saved.json().version).toBe(2);
    expect(traction.skills.find((s: { code: string }) => s.code === 'rail.traction.01').name.zh).toBe('IGBT 功率器件应用');
    expect(traction.skills.find((s: { code: string }) => s.code === 'rail.traction.07').retired).toBe(true);
  });

  it('refuses a workbook with an empty required cell or not a workbook, naming the row, and saves nothing', async () => {
    const officer = (await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'))).cookie;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['chain', 'code', 'zh', 'en', 'skill', 'zh', 'en']);
    ws.addRow(['rail', 'rail.new', '新领域', 'new field', 'rail.new.01', '', 'a skill']);
    const bad = await upload(officer, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'rows.2.skillZh', message: 'is required' }]);
    const notExcel = await upload(officer, Buffer.from('hello'));
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().errors[0].field).toBe('file');
    const tax = await bed.app.inject({ url: '/api/v1/skills', headers: { cookie: officer } });
    expect(tax.json().version).toBe(2);
  });
});
