/**
 * The chain view (人才链 × 产业链) for the office: per industry chain, or per sub-field of one chain,
 * the talents holding its skills against the headcount demanded by open postings and by the answers
 * to the chain's latest demand survey; as JSON for the screen and as an Excel workbook.
 */
import type ExcelJS from 'exceljs';
import { businessDate, CHAIN_VIEW_COLUMN_LABELS, type ChainView, type ChainViewRow } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { assertCityCodes } from '../city/city-file.js';
import { chainTotals, subFieldTotals, type ChainViewDbRow } from './chain-view.repository.js';
import { ensureTaxonomy } from './skill.service.js';

const toRow = (r: ChainViewDbRow): ChainViewRow => ({
  key: r.key,
  name: r.name_zh === null || r.name_en === null ? null : { zh: r.name_zh, en: r.name_en },
  supply: r.supply,
  postingOpenings: r.posting_openings,
  surveyOpenings: r.survey_openings,
});

/**
 * GET /chain-view: every chain of the city (zeros included), or `chain`'s sub-fields, then the survey
 * demand in none of them when there is any (400 naming `chain` when the city has no such chain).
 */
export async function getChainView(ctx: AppContext, chain?: string): Promise<ChainView> {
  assertCityCodes(ctx.city, { chain });
  await ensureTaxonomy(ctx);
  const asOf = businessDate(ctx.clock.now());
  if (chain) {
    const rows = (await subFieldTotals(ctx.db, chain, asOf)).filter((r) => r.key !== null || r.survey_openings > 0);
    return { chain, asOf, rows: rows.map(toRow) };
  }
  const byChain = new Map((await chainTotals(ctx.db, asOf)).map((r) => [r.key, r]));
  const rows = ctx.city.vocabulary.chain.map((c) =>
    toRow(byChain.get(c) ?? { key: c, name_zh: null, name_en: null, supply: 0, posting_openings: 0, survey_openings: 0 }),
  );
  return { chain: null, asOf, rows };
}

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The chain view's table as an Excel workbook (chain labels as codes; sub-fields by their Chinese name). */
export async function chainViewWorkbook(ctx: AppContext, chain?: string): Promise<{ fileName: string; data: Buffer }> {
  const view = await getChainView(ctx, chain);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(`人才链产业链 ${view.asOf}`);
  const label = (k: keyof typeof CHAIN_VIEW_COLUMN_LABELS) => `${CHAIN_VIEW_COLUMN_LABELS[k].zh} ${CHAIN_VIEW_COLUMN_LABELS[k].en}`;
  ws.addRow([view.chain ? label('subField') : '产业链 Chain', label('supply'), label('postingOpenings'), label('surveyOpenings'), label('openings')]).font = {
    bold: true,
  };
  for (const r of view.rows) {
    const name = view.chain ? (r.name?.zh ?? CHAIN_VIEW_COLUMN_LABELS.unassigned.zh) : r.key;
    ws.addRow([name, r.supply, r.postingOpenings, r.surveyOpenings, r.postingOpenings + r.surveyOpenings]);
  }
  ws.columns.forEach((c) => (c.width = 20));
  return { fileName: `chain-view-${view.chain ?? 'all'}-${view.asOf}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
