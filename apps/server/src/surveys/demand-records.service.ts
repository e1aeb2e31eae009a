/**
 * The office's demand records (需求台账): every open posting and every survey answer's line as one
 * list per employer, narrowed by chain, district or survey; as JSON for the screen and as Excel.
 */
import type ExcelJS from 'exceljs';
import {
  DEGREE_LABELS,
  DEMAND_ENGAGEMENT_MODE_LABELS,
  DEMAND_RECORD_FIELD_LABELS,
  DEMAND_SOURCE_LABELS,
  EMPLOYER_FIELD_LABELS,
  businessDate,
  type Degree,
  type DemandEngagementMode,
  type DemandRecordsQuery,
  type DemandRow,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { assertCityCodes } from '../city/city-file.js';
import { invalid } from '../http/errors.js';
import { listDemandRows, type DemandDbRow } from './demand-records.repository.js';
import { findSurvey } from './survey.repository.js';

const toRow = (r: DemandDbRow): DemandRow => ({
  id: r.id,
  source: r.source,
  surveyId: r.survey_id,
  surveyTitle: r.survey_title,
  postingId: r.posting_id,
  employerId: r.employer_id,
  employerName: r.employer_name,
  chain: r.chain,
  subField: r.sub_field,
  title: r.title,
  headcount: r.headcount,
  minDegree: r.min_degree as Degree | null,
  salaryMin: r.salary_min,
  salaryMax: r.salary_max,
  district: r.district,
  engagementMode: r.engagement_mode as DemandEngagementMode,
  date: r.date,
});

/** GET /demand-records: 400 naming `chain`, `district` or `surveyId` when the city or the office has no such one. */
export async function listDemandRecords(ctx: AppContext, q: DemandRecordsQuery): Promise<{ items: DemandRow[] }> {
  assertCityCodes(ctx.city, { chain: q.chain, district: q.district });
  if (q.surveyId && !(await findSurvey(ctx.db, q.surveyId))) throw invalid([{ field: 'surveyId', message: 'names no survey' }]);
  return { items: (await listDemandRows(ctx.db, businessDate(ctx.clock.now()), q)).map(toRow) };
}

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
const both = (l: { zh: string; en: string }) => `${l.zh} ${l.en}`;

/** The demand records as an Excel workbook (labels in Chinese, as the office files them). */
export async function demandRecordsWorkbook(ctx: AppContext, q: DemandRecordsQuery): Promise<{ fileName: string; data: Buffer }> {
  const { items } = await listDemandRecords(ctx, q);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet('需求台账 Demand');
  const f = DEMAND_RECORD_FIELD_LABELS;
  ws.addRow([
    both(EMPLOYER_FIELD_LABELS.name),
    '来源 Source',
    '需求摸排 Survey',
    '产业链 Chain',
    both(f.subField),
    both(f.title),
    both(f.headcount),
    both(f.minDegree),
    both(f.salaryMin),
    both(f.salaryMax),
    both(f.district),
    both(f.engagementMode),
    '日期 Date',
  ]).font = { bold: true };
  for (const r of items) {
    ws.addRow([
      r.employerName,
      DEMAND_SOURCE_LABELS[r.source].zh,
      r.surveyTitle ?? '',
      r.chain,
      r.subField,
      r.title,
      r.headcount,
      r.minDegree ? DEGREE_LABELS[r.minDegree].zh : '',
      r.salaryMin,
      r.salaryMax,
      r.district,
      DEMAND_ENGAGEMENT_MODE_LABELS[r.engagementMode].zh,
      r.date,
    ]);
  }
  ws.columns.forEach((c) => (c.width = 18));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return { fileName: `demand-records-${businessDate(ctx.clock.now())}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
