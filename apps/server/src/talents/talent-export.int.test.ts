/** The talent list exported to Excel as a job: progress, masked workbook, owner only, audited. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TALENT_EXPORT_STEP } from '@bole/contracts';
import { createTestAccount, signIn } from '../auth/testing.js';
import { talentTestbed } from './talent-testing.js';
import { bulkInsertTalents } from './talent.repository.js';
import { sealTalentPersonalData } from './talent.service.js';
import { insertExport } from './talent-export.repository.js';

describe('talents: export of the list', () => {
  const bed = talentTestbed();
  const ROWS = TALENT_EXPORT_STEP * 2 + 300;

  it('writes every filtered row in steps, masked, for the officer who started it only', async () => {
    await bulkInsertTalents(
      bed.ctx.database,
      Array.from({ length: ROWS }, (_, i) => ({
        name: `导出${String(i).padStart(5, '0')}`,
        district: i % 2 ? '攸县' : '天元区',
        ...sealTalentPersonalData(bed.ctx.cipher, { mobile: `1371${String(i).padStart(7, '0')}` }),
      })),
    );
    const officer = await createTestAccount(bed.ctx, 'officer');
    const { cookie } = await signIn(bed.app, officer);
    const start = await bed.app.inject({
      method: 'POST',
      url: '/api/v1/talent-exports',
      headers: { cookie },
      payload: { q: '导出', district: '攸县', sort: 'name' },
    });
    expect(start.statusCode, start.body).toBe(202);
    const job = start.json();
    expect(job).toMatchObject({ status: 'running', total: ROWS / 2 });

    // Polling a running export never starts it again: its progress only moves on.
    let state = job;
    for (let i = 0; i < 200 && state.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const before = state.processed;
      state = (await bed.app.inject({ url: `/api/v1/talent-exports/${job.id}`, headers: { cookie } })).json();
      expect(state.processed).toBeGreaterThanOrEqual(before);
    }
    expect(state).toMatchObject({ status: 'done', processed: ROWS / 2, total: ROWS / 2, fileName: expect.stringMatching(/^talents-\d{4}-\d{2}-\d{2}\.xlsx$/) });

    const file = await bed.app.inject({ url: `/api/v1/talent-exports/${job.id}/file`, headers: { cookie } });
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(ROWS / 2 + 1);
    expect(sheet.getRow(2).getCell(1).value).toBe('导出00001');
    expect(String(sheet.getRow(2).getCell(2).value)).toBe('137****0001');
    expect(sheet.getRow(2).getCell(4).value).toBe('攸县');

    const other = await signIn(bed.app, await createTestAccount(bed.ctx, 'officer'));
    expect((await bed.app.inject({ url: `/api/v1/talent-exports/${job.id}/file`, headers: { cookie: other.cookie } })).statusCode).toBe(404);
    const talent = await bed.register();
    expect((await bed.app.inject({ method: 'POST', url: '/api/v1/talent-exports', headers: { cookie: talent.cookie }, payload: {} })).statusCode).toBe(403);
    const entry = (await bed.auditRows()).find((r) => r.action === 'talent.export');
    expect(entry).toMatchObject({ actorId: officer.id, entityId: job.id, detail: { total: ROWS / 2 } });
  });

  it('starts again, from its filters, an export left running by a server that stopped', async () => {
    await bulkInsertTalents(
      bed.ctx.database,
      Array.from({ length: 30 }, (_, i) => ({ name: `中断${String(i).padStart(2, '0')}`, district: i % 3 ? '攸县' : '石峰区' })),
    );
    const officer = await createTestAccount(bed.ctx, 'officer');
    const { cookie } = await signIn(bed.app, officer);
    // What a stopped server leaves behind: running, part done, no worker.
    const now = bed.ctx.clock.now().toISOString();
    const left = await insertExport(bed.ctx.db, { params: { q: '中断', district: '石峰区', sort: 'name' }, total: 10, createdBy: officer.id, now });
    const poll = () => bed.app.inject({ url: `/api/v1/talent-exports/${left.id}`, headers: { cookie } }).then((r) => r.json());

    let state = await poll();
    expect(state.status).toBe('running');
    for (let i = 0; i < 200 && state.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = await poll();
    }
    expect(state).toMatchObject({ status: 'done', processed: 10, total: 10 });
    const file = await bed.app.inject({ url: `/api/v1/talent-exports/${left.id}/file`, headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets[0]!.getColumn(1).values.slice(2);
    expect(names).toEqual(['中断00', '中断03', '中断06', '中断09', '中断12', '中断15', '中断18', '中断21', '中断24', '中断27']);
  });
});
