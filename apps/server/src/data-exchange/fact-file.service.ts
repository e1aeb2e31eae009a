/**
 * 数据共享 by file: the Excel template of a department and an uploaded Excel or CSV file turned
 * into rows for `deliverFacts` (numbered as the person sees them; the header is row 1).
 */
import type { FactImport } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { invalid } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { departmentName } from '../city/city-file.js';
import { buildTemplate, isCsv, readCsv, readWorkbook } from './fact-file.js';
import { readHeader, type Cell } from './fact-rows.js';
import { deliverFacts, supplierFor, type RawRows } from './fact-import.service.js';

/** The Excel template of a department the caller may deliver for. */
export async function factTemplate(ctx: AppContext, principal: Principal, department: string): Promise<{ fileName: string; data: Buffer }> {
  const supplier = supplierFor(ctx, principal, department);
  const data = await buildTemplate(departmentName(ctx.city, department), supplier.fields);
  return { fileName: `bole-facts-${department}.xlsx`, data };
}

/** Imports a department's file: 400 naming every bad row and column (nothing written), or the import. */
export async function importFactFile(
  ctx: AppContext,
  principal: Principal,
  department: string,
  file: { fileName: string; declaredType: string; data: Buffer },
): Promise<FactImport> {
  const supplier = supplierFor(ctx, principal, department);
  const sheet = isCsv(file.fileName, file.declaredType) ? readCsv(file.data) : await readWorkbook(file.data);
  if ('field' in sheet) throw invalid([sheet], 'Nothing was imported.');
  const header = readHeader(sheet.header, supplier.fields, department);
  // A wrong header makes every row wrong: it alone is reported.
  if (header.errors.length) throw invalid(header.errors, 'Nothing was imported.');
  const raw: RawRows = {
    errors: [],
    rows: sheet.rows.map((r) => ({
      ref: `row ${r.row}`,
      cells: Object.fromEntries(header.keys.flatMap((k, i): [string, Cell][] => (k ? [[k, r.cells[i] ?? null]] : []))),
    })),
  };
  return deliverFacts(ctx, principal, supplier, { source: 'file', fileName: file.fileName.slice(0, 200) }, raw);
}
