/**
 * The finance bureau's workbook (exceljs): a lines sheet (line id, month, name, masked ID number,
 * policy, department, amount in yuan with 2 decimals, status, failure reason, then the payout
 * account: bank, holder and the full account number) and totals per policy and per department;
 * and reading the same file back, with every row checked. The bureau fills in columns 9–10;
 * the columns read back (1, 8, 9, 10) never move, so files returned by earlier versions still import.
 */
import type ExcelJS from 'exceljs';
import { PAYMENT_LINE_STATUS_LABELS, PAYOUT_ACCOUNT_LABELS, standalone, type Bilingual } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';

/** exceljs, loaded on first use (it is large; most `bole` commands and requests never need it). */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** A line as written to the file. */
export interface ExportLine {
  id: string;
  period: string;
  name: string;
  maskedId: string;
  policyId: string;
  policyTitle: string;
  department: string;
  amountFen: number;
  status: string;
  failureReason: string | null;
  /** The talent's payout account; empty strings when none is on file (a line settled before it was removed). */
  bank: string;
  holderName: string;
  /** In full: the bureau pays into it. */
  accountNumber: string;
}

export const LINES_SHEET = '发放明细 Lines';
const STATUS = PAYMENT_LINE_STATUS_LABELS;
function header(label: Bilingual): string {
  return `${label.zh} ${standalone(label, 'en')}`;
}
const STATUS_ZH: Record<string, string> = { approved: STATUS.approved.zh, paid: STATUS.paid.zh, failed: STATUS.failed.zh };
const HEADERS = [
  '行号 Line ID',
  '月份 Month',
  '姓名 Name',
  '身份证号 ID number',
  '政策 Policy',
  '政策编号 Policy ID',
  '主管部门 Department',
  '金额(元) Amount (yuan)',
  '状态 Status',
  '失败原因 Failure reason',
  header(PAYOUT_ACCOUNT_LABELS.bank),
  header(PAYOUT_ACCOUNT_LABELS.holderName),
  header(PAYOUT_ACCOUNT_LABELS.accountNumber),
];
/** The account number's column: text, so Excel keeps every digit of a 19-digit number. */
const ACCOUNT_COLUMN = 13;

/** Yuan with two decimals from fen (exact: fen are integers). */
export const yuan = (fen: number) => Math.round(fen) / 100;

/** Builds the workbook. */
export async function buildBatchWorkbook(period: string, lines: ExportLine[]): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(LINES_SHEET);
  ws.addRow(HEADERS).font = { bold: true };
  for (const l of lines) {
    ws.addRow([
      l.id,
      l.period,
      l.name,
      l.maskedId,
      l.policyTitle,
      l.policyId,
      l.department,
      yuan(l.amountFen),
      l.status === 'approved' ? '' : (STATUS_ZH[l.status] ?? l.status),
      l.failureReason ?? '',
      l.bank,
      l.holderName,
      l.accountNumber,
    ]);
  }
  ws.getColumn(8).numFmt = '#,##0.00';
  ws.getColumn(ACCOUNT_COLUMN).numFmt = '@';
  ws.columns.forEach((c, i) => (c.width = [38, 10, 12, 22, 26, 30, 12, 18, 12, 24, 24, 12, 28][i] ?? 12));
  ws.views = [{ state: 'frozen', ySplit: 1 }];

  const totals = (key: (l: ExportLine) => string, title: string, header: string) => {
    const s = wb.addWorksheet(title);
    s.addRow([header, '笔数 Lines', '金额(元) Amount (yuan)']).font = { bold: true };
    const m = new Map<string, { n: number; fen: number }>();
    for (const l of lines) {
      const t = m.get(key(l)) ?? { n: 0, fen: 0 };
      t.n++;
      t.fen += l.amountFen;
      m.set(key(l), t);
    }
    let n = 0;
    let fen = 0;
    for (const [k, t] of [...m].sort()) {
      s.addRow([k, t.n, yuan(t.fen)]);
      n += t.n;
      fen += t.fen;
    }
    s.addRow(['合计 Total', n, yuan(fen)]).font = { bold: true };
    s.getColumn(3).numFmt = '#,##0.00';
    s.getColumn(1).width = 32;
    s.getColumn(3).width = 20;
  };
  totals((l) => `${l.policyTitle} (${l.policyId})`, '按政策 By policy', '政策 Policy');
  totals((l) => l.department, '按部门 By department', '部门 Department');
  const info = wb.addWorksheet('说明 About');
  info.addRow(['批次月份 Batch month', period]);
  info.addRow([
    '回填 How to return',
    '在“状态”列填写 已发放/paid 或 发放失败/failed（失败请写原因），不要修改行号和金额。 Fill Status with paid or failed (with a reason); do not change line ids or amounts.',
  ]);
  info.addRow([
    '保密 Confidential',
    '本文件含完整银行账号，仅供财政局发放使用，发放后请妥善保管或销毁。 This file carries full bank account numbers for the payment only; keep it safe and destroy it once paid.',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One row read back. */
export interface ImportRow {
  row: number;
  id: string;
  amountFen: number;
  status: 'paid' | 'failed' | null;
  reason: string | null;
}

// Also the words a finance clerk may type instead: 已支付 / 成功 (paid), 失败 (failed).
const PAID = new Set(['paid', STATUS.paid.zh, '已支付', '成功']);
const FAILED = new Set(['failed', STATUS.failed.zh, '失败']);

/** Reads the lines sheet; returns rows or the field errors naming each bad row. */
export async function readBatchWorkbook(data: Buffer): Promise<{ rows: ImportRow[]; errors: FieldError[] }> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ field: 'file', message: 'is not an Excel (.xlsx) workbook' }] };
  }
  const ws = wb.getWorksheet(LINES_SHEET) ?? wb.worksheets[0];
  if (!ws) return { rows: [], errors: [{ field: 'file', message: `has no sheet "${LINES_SHEET}"` }] };
  const rows: ImportRow[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const text = (c: number) => {
      const v = r.getCell(c).value;
      if (v === null || v === undefined) return '';
      if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
      if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
      return String(v).trim();
    };
    const id = text(1);
    if (!id && !text(8) && !text(9)) return; // blank row
    const field = `row ${n}`;
    if (!/^[0-9a-f-]{36}$/i.test(id)) {
      errors.push({ field, message: `line id "${id}" is not a line id` });
      return;
    }
    if (seen.has(id)) errors.push({ field, message: `line ${id} appears twice` });
    seen.add(id);
    const amountText = text(8).replace(/,/g, '');
    const amount = Number(amountText);
    if (!/^\d+(\.\d{1,2})?$/.test(amountText) || !Number.isFinite(amount)) {
      errors.push({ field, message: `amount "${text(8)}" is not an amount in yuan with at most 2 decimals` });
      return;
    }
    const s = text(9).toLowerCase();
    const status = s === '' || s === STATUS.approved.zh ? null : PAID.has(s) ? 'paid' : FAILED.has(s) ? 'failed' : undefined;
    if (status === undefined) {
      errors.push({ field, message: `status "${text(9)}" must be paid (${STATUS.paid.zh}) or failed (${STATUS.failed.zh}), or empty` });
      return;
    }
    rows.push({ row: n, id: id.toLowerCase(), amountFen: Math.round(amount * 100), status, reason: text(10) || null });
  });
  return { rows, errors };
}
