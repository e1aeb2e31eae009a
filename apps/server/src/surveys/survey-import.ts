/**
 * Answers collected offline (线下答卷), imported by the office from an Excel workbook: one demand
 * record a row, the employer named by its credit code. Every bad row and column is named
 * (`row 3.headcount`); a file with any bad row writes nothing. Each employer in the file has its
 * answer replaced by the file's rows. Offline answers are taken after the deadline, never once the
 * office has closed the survey.
 */
import type ExcelJS from 'exceljs';
import {
  DEGREE_LABELS,
  DEMAND_ENGAGEMENT_MODE_LABELS,
  DEMAND_RECORD_FIELD_LABELS,
  demandRecordInput,
  type Bilingual,
  type DemandRecordInput,
  type SurveyImportResult,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, type FieldError } from '../http/errors.js';
import { readWorkbook } from '../data-exchange/fact-file.js';
import { columnKey, type Cell } from '../data-exchange/fact-rows.js';
import { findEmployersByCreditCode, findSurvey, replaceAnswer, type DemandRecordValues } from './survey.repository.js';
import { assertNotClosedByOffice, districtErrors } from './survey.service.js';

/** The columns of the file, in the template's order, with their Chinese headers. */
type Column = keyof typeof DEMAND_RECORD_FIELD_LABELS;
/** The sheet's column names (Chinese, as departments read them). */
const COLUMNS = Object.fromEntries(Object.entries(DEMAND_RECORD_FIELD_LABELS).map(([k, l]) => [k, l.zh])) as Record<Column, string>;
const KEYS = Object.keys(COLUMNS) as Column[];

/** The template's header cells: `统一社会信用代码 creditCode`, … */
export async function surveyTemplate(): Promise<Buffer> {
  const wb = new (await import('exceljs')).default.Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet('需求 Demand');
  ws.addRow(KEYS.map((k) => `${COLUMNS[k]} ${k}`)).font = { bold: true };
  ws.addRow([
    '91430200MA4L12345F',
    '牵引电机',
    '电机控制算法工程师',
    2,
    DEGREE_LABELS.master.zh,
    15000,
    25000,
    '天元区',
    DEMAND_ENGAGEMENT_MODE_LABELS.full_time.zh,
  ]);
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  ws.getColumn(1).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await (wb as ExcelJS.Workbook).xlsx.writeBuffer());
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim());
const num = (c: Cell | undefined): unknown => (typeof c === 'number' ? c : text(c) === '' ? undefined : Number(text(c).replaceAll(',', '')));

/** A vocabulary cell: its code, or the code whose Chinese or English label it is. */
function codeOf(labels: Record<string, Bilingual>, c: Cell | undefined): string | null {
  const v = text(c);
  if (v === '') return null;
  const hit = Object.entries(labels).find(([code, l]) => code === v || l.zh === v || l.en.toLowerCase() === v.toLowerCase());
  return hit ? hit[0] : v;
}

/** Which header cell is which column (by the key, or the Chinese header alone). */
function readColumns(header: Cell[]): { index: Map<Column, number>; errors: FieldError[] } {
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const t = text(h);
    const key = (KEYS as string[]).includes(columnKey(h)) ? (columnKey(h) as Column) : KEYS.find((k) => COLUMNS[k] === t);
    if (key && !index.has(key)) index.set(key, i);
  });
  const errors = KEYS.filter((k) => k !== 'minDegree' && !index.has(k)).map((k) => ({
    field: `row 1.${k}`,
    message: `the column ${COLUMNS[k]} ${k} is missing`,
  }));
  return { index, errors };
}

/** POST /surveys/:id/import: all rows or none. */
export async function importSurveyAnswers(ctx: AppContext, principal: Principal, id: string, file: { data: Buffer }): Promise<SurveyImportResult> {
  const sheet = await readWorkbook(file.data);
  if ('field' in sheet) throw invalid([sheet], 'Nothing was imported.');
  const cols = readColumns(sheet.header);
  if (cols.errors.length) throw invalid(cols.errors, 'Nothing was imported.');
  const cell = (cells: Cell[], k: Column) => cells[cols.index.get(k) ?? -1];

  const errors: FieldError[] = [];
  const parsed: { row: number; creditCode: string; record: DemandRecordInput }[] = [];
  for (const { row, cells } of sheet.rows) {
    const result = demandRecordInput.safeParse({
      subField: text(cell(cells, 'subField')),
      title: text(cell(cells, 'title')),
      headcount: num(cell(cells, 'headcount')),
      minDegree: codeOf(DEGREE_LABELS, cell(cells, 'minDegree')),
      salaryMin: num(cell(cells, 'salaryMin')),
      salaryMax: num(cell(cells, 'salaryMax')),
      district: text(cell(cells, 'district')),
      engagementMode: codeOf(DEMAND_ENGAGEMENT_MODE_LABELS, cell(cells, 'engagementMode')) ?? '',
    });
    if (!result.success) errors.push(...result.error.issues.map((i) => ({ field: `row ${row}.${i.path.join('.')}`, message: i.message })));
    else {
      errors.push(...districtErrors(ctx, [result.data.district], () => `row ${row}.`));
      parsed.push({ row, creditCode: text(cell(cells, 'creditCode')).toUpperCase(), record: result.data });
    }
  }

  return ctx.db.transaction(async (tx) => {
    const s = await findSurvey(tx, id);
    if (!s) throw notFound({ en: 'The survey', zh: '该需求摸排' });
    assertNotClosedByOffice(s);
    const found = new Map((await findEmployersByCreditCode(tx, id, [...new Set(parsed.map((p) => p.creditCode))])).map((e) => [e.creditCode, e]));
    const byEmployer = new Map<string, DemandRecordValues[]>();
    for (const p of parsed) {
      const e = found.get(p.creditCode);
      if (!e) errors.push({ field: `row ${p.row}.creditCode`, message: 'is not the credit code of a registered employer' });
      else if (!e.recipientChain)
        errors.push({ field: `row ${p.row}.creditCode`, message: `this employer was not surveyed (the survey covers ${s.chains.join(', ')})` });
      else byEmployer.set(e.employerId, [...(byEmployer.get(e.employerId) ?? []), { ...p.record, chain: e.recipientChain }]);
    }
    if (errors.length) {
      const rows = new Set(errors.map((e) => e.field.split('.')[0]));
      throw fail('BOLE_IMPORT_ROWS', { count: rows.size }, errors);
    }
    if (sheet.rows.length === 0) throw invalid([{ field: 'file', message: 'has no rows under the header' }], 'Nothing was imported.');
    const at = ctx.clock.now();
    for (const [employerId, records] of byEmployer) await replaceAnswer(tx, { surveyId: id, employerId, source: 'import', at, records });
    const records = parsed.length;
    await ctx.audit.record(tx, principal, { action: 'survey.import', entity: 'demand_survey', entityId: id, detail: { employers: byEmployer.size, records } });
    return { employers: byEmployer.size, records };
  });
}
