/**
 * The skills taxonomy as an Excel workbook (技能图谱导入导出): one row per skill with its chain,
 * sub-field, names, synonyms and related skills. Export writes the current version; import reads
 * a workbook back into a new version's input (checked like an edit by `saveTaxonomy`).
 */
import type ExcelJS from 'exceljs';
import type { SkillTaxonomy, SkillTaxonomyInput } from '@bole/contracts';
import { invalid, type FieldError } from '../http/errors.js';

const COLUMNS = [
  '产业链 Chain',
  '细分领域编码 Sub-field code',
  '细分领域 Sub-field (zh)',
  'Sub-field (en)',
  '技能编码 Skill code',
  '技能 Skill (zh)',
  'Skill (en)',
  '中文同义词 Synonyms (zh, 、)',
  'English synonyms (;)',
  '相关技能编码 Related skill codes (,)',
] as const;

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The current skills (retired ones left out) as a workbook. */
export async function taxonomyWorkbook(taxonomy: SkillTaxonomy): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(`技能图谱 v${taxonomy.version}`);
  ws.addRow([...COLUMNS]).font = { bold: true };
  for (const c of taxonomy.chains)
    for (const f of c.subFields)
      for (const s of f.skills.filter((x) => !x.retired))
        ws.addRow([
          c.chain,
          f.code,
          f.name.zh,
          f.name.en,
          s.code,
          s.name.zh,
          s.name.en,
          s.synonyms.zh.join('、'),
          s.synonyms.en.join('; '),
          s.related.join(', '),
        ]);
  ws.columns.forEach((col) => (col.width = 22));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v)).trim();
const list = (v: string, sep: RegExp) =>
  v
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

/** A workbook's rows as a new version's input; 400 naming `rows.N.<column>` for an empty required cell. */
export async function readTaxonomyWorkbook(data: Buffer, note: string): Promise<SkillTaxonomyInput> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ field: 'file', message: 'is not an Excel workbook (.xlsx)' }]);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalid([{ field: 'file', message: 'has no worksheet' }]);
  const fields = new Map<string, SkillTaxonomyInput['subFields'][number]>();
  const errors: FieldError[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const [chain, code, zh, en, skill, skillZh, skillEn, synZh, synEn, related] = COLUMNS.map((_, i) => text(row.getCell(i + 1).value));
    const required = { chain, subField: code, subFieldZh: zh, subFieldEn: en, skill, skillZh, skillEn };
    const missing = Object.entries(required).filter(([, v]) => !v);
    if (missing.length) {
      missing.forEach(([k]) => errors.push({ field: `rows.${n}.${k}`, message: 'is required' }));
      return;
    }
    const field = fields.get(code!) ?? { code: code!, chain: chain!, name: { zh: zh!, en: en! }, skills: [] };
    field.skills.push({
      code: skill!,
      name: { zh: skillZh!, en: skillEn! },
      synonyms: { zh: list(synZh!, /[、,，]/), en: list(synEn!, /;/) },
      related: list(related!, /[,，\s]+/),
    });
    fields.set(code!, field);
  });
  if (errors.length) throw invalid(errors);
  if (fields.size === 0) throw invalid([{ field: 'file', message: 'has no skill rows' }]);
  return { note, subFields: [...fields.values()] };
}
