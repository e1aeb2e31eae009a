/**
 * The shortage catalogue (紧缺人才目录) of a quarter: the period's postings against the
 * discoverable talents (`shortage.ts`), each skill beside its stars in the previous quarter; as
 * JSON for the public page and as an Excel workbook.
 */
import type ExcelJS from 'exceljs';
import {
  SHORTAGE_DIMENSION_LABELS,
  SHORTAGE_LISTED_MIN_STARS,
  businessDate,
  type ShortageCatalogueDto,
  type ShortageEntryDto,
  type ShortagePublication,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { readShortageMethod } from './shortage-file.js';
import { quarterBounds, quarterOf, shortageCatalogue, type ShortageEntry } from './shortage.js';
import { periodPostings, publishedAtOf, supplyOf, writePublication } from './shortage.repository.js';
import { readTaxonomyRows } from './skill.repository.js';
import { ensureTaxonomy } from './skill.service.js';

async function entriesOf(ctx: AppContext, period: string): Promise<ShortageEntry[]> {
  const method = readShortageMethod(ctx.city.dir);
  if (!method) return [];
  const { from, until } = quarterBounds(period);
  const rows = await periodPostings(ctx.db, from, until);
  const supply = await supplyOf(ctx.db, [...new Set(rows.flatMap((r) => r.required))]);
  const postings = rows.map((r) => ({
    requiredSkills: r.required,
    headcount: r.headcount,
    minDegree: r.min_degree,
    minYears: r.min_years,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    daysToFill: r.days_to_fill,
    qualified: r.qualified,
  }));
  return shortageCatalogue(postings, (s) => supply.get(s) ?? 0, method);
}

/** The catalogue of `period` (default: the current quarter) with the previous quarter's stars beside. */
export async function getShortageCatalogue(ctx: AppContext, period?: string): Promise<ShortageCatalogueDto> {
  await ensureTaxonomy(ctx);
  const current = period ?? quarterOf(businessDate(ctx.clock.now()));
  const { previous } = quarterBounds(current);
  const [entries, before, publishedAt] = await Promise.all([entriesOf(ctx, current), entriesOf(ctx, previous), publishedAtOf(ctx.db, current)]);
  const previousStars = new Map(before.map((e) => [e.skill, e.stars]));
  const { fields, skills } = await readTaxonomyRows(ctx.db);
  const skillRow = new Map(skills.map((s) => [s.code, s]));
  const fieldRow = new Map(fields.map((f) => [f.code, f]));
  return {
    period: current,
    previousPeriod: previous,
    publishedAt: publishedAt?.toISOString() ?? null,
    entries: entries.map((e): ShortageEntryDto => {
      const s = skillRow.get(e.skill)!;
      const f = fieldRow.get(s.subField)!;
      return {
        ...e,
        chain: f.chain,
        subField: f.code,
        subFieldName: { zh: f.nameZh, en: f.nameEn },
        skillName: { zh: s.nameZh, en: s.nameEn },
        previousStars: previousStars.get(e.skill) ?? null,
      };
    }),
  };
}

/**
 * POST /shortage-catalogue/publications: the office publishes a quarter's catalogue as computed
 * now; the latest published quarter is the city's current catalogue, the one a post is checked
 * against for `inShortageCatalogue` (ADR 0035). Publishing a quarter again replaces it.
 */
export async function publishShortageCatalogue(ctx: AppContext, principal: Principal, period: string): Promise<ShortagePublication> {
  await ensureTaxonomy(ctx);
  const entries = await entriesOf(ctx, period);
  const at = ctx.clock.now();
  const listedSkills = entries.filter((e) => e.stars >= SHORTAGE_LISTED_MIN_STARS).length;
  await ctx.db.transaction(async (tx) => {
    await writePublication(tx, period, at, principal.userId, entries);
    await ctx.audit.record(tx, principal, {
      action: 'shortage.publish',
      entity: 'shortage_catalogue',
      entityId: period,
      detail: { skills: entries.length, listedSkills },
    });
  });
  return { period, publishedAt: at.toISOString(), listedSkills };
}

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The catalogue as an Excel workbook, both periods' stars side by side. */
export async function shortageWorkbook(ctx: AppContext, period?: string): Promise<{ fileName: string; data: Buffer }> {
  const catalogue = await getShortageCatalogue(ctx, period);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(`紧缺人才目录 ${catalogue.period}`);
  const dims = Object.values(SHORTAGE_DIMENSION_LABELS).map((l) => `${l.zh} ${l.en}`);
  ws.addRow([
    '产业链 Chain',
    '细分领域 Sub-field',
    '技能编码 Skill code',
    '技能 Skill',
    `紧缺指数 Stars ${catalogue.period}`,
    `上期 Previous ${catalogue.previousPeriod}`,
    '岗位需求人数 Openings',
    '人才供给 Supply',
    '每岗合格人数 Qualified per opening',
    ...dims,
  ]).font = { bold: true };
  for (const e of catalogue.entries) {
    ws.addRow([
      e.chain,
      e.subFieldName.zh,
      e.skill,
      e.skillName.zh,
      e.stars,
      e.previousStars,
      e.openings,
      e.supply,
      e.qualifiedPerOpening,
      ...Object.keys(SHORTAGE_DIMENSION_LABELS).map((k) => e.dimensions[k as keyof typeof SHORTAGE_DIMENSION_LABELS]),
    ]);
  }
  ws.columns.forEach((c) => (c.width = 16));
  return { fileName: `shortage-catalogue-${catalogue.period}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
