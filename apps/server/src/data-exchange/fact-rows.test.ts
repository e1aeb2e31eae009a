import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '@bole/contracts';
import { makeCreditCode } from '../identity/credit-code.js';
import { checkRows, readHeader } from './fact-rows.js';
import { buildTemplate, parseCsv, readCsv, readWorkbook, templateHeader } from './fact-file.js';

const TODAY = '2026-07-15';
const RSJ = { department: 'rsj', fields: ['socialInsuranceMonths', 'employerCreditCode', 'arrivalDate'] as const };
const id1 = makeIdNumber('430211', '1990-03-09', 12, 'male');
const id2 = makeIdNumber('430211', '1992-05-01', 13, 'female');
const id3 = makeIdNumber('430203', '1988-11-20', 21, 'female');

describe('a department file header', () => {
  it('takes the template header and names a fact the department does not supply, an unknown column and a missing ID column by column', () => {
    expect(readHeader(templateHeader(RSJ.fields), RSJ.fields, 'rsj').errors).toEqual([]);
    const { errors } = readHeader(['社保 socialInsuranceMonths', '户籍 hukouInCity', 'shoeSize'], RSJ.fields, 'rsj');
    expect(errors.map((e) => e.field)).toEqual(['row 1.hukouInCity', 'row 1.shoeSize', 'row 1.idNumber']);
    expect(errors[0]!.message).toMatch(/column 2: rsj does not supply this fact/);
  });
});

describe('the rows of a delivery', () => {
  it('types good rows: months, dates from text or Excel, credit codes', () => {
    const code = makeCreditCode('430200', 7);
    const { rows, errors } = checkRows(
      [
        { ref: 'row 2', cells: { idNumber: id1, socialInsuranceMonths: '36', arrivalDate: '2024/3/1', employerCreditCode: code.toLowerCase() } },
        { ref: 'row 3', cells: { idNumber: id2.toLowerCase(), socialInsuranceMonths: 12, arrivalDate: new Date('2025-01-02T00:00:00Z') } },
      ],
      RSJ,
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { ref: 'row 2', idNumber: id1, values: { socialInsuranceMonths: 36, arrivalDate: '2024-03-01', employerCreditCode: code } },
      { ref: 'row 3', idNumber: id2.toUpperCase(), values: { socialInsuranceMonths: 12, arrivalDate: '2025-01-02' } },
    ]);
  });

  it('names every bad cell by row and column, a repeated ID number and an empty row, without the number itself', () => {
    const { rows, errors } = checkRows(
      [
        { ref: 'row 2', cells: { idNumber: id1, socialInsuranceMonths: '-3', arrivalDate: '2026-02-30' } },
        { ref: 'row 3', cells: { idNumber: '430211199003091234', socialInsuranceMonths: 5 } },
        { ref: 'row 4', cells: { idNumber: id1, socialInsuranceMonths: 5 } },
        { ref: 'row 5', cells: { idNumber: id2, hukouInCity: true } },
        { ref: 'row 6', cells: { idNumber: id3, arrivalDate: '2027-01-01', employerCreditCode: '12345' } },
        { ref: 'row 7', cells: { idNumber: '', socialInsuranceMonths: '' } },
      ],
      RSJ,
      TODAY,
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual([
      'row 2.socialInsuranceMonths',
      'row 2.arrivalDate',
      'row 3.idNumber',
      'row 4.idNumber',
      'row 5.hukouInCity',
      'row 6.arrivalDate',
      'row 6.employerCreditCode',
      'row 7.idNumber',
    ]);
    expect(errors.find((e) => e.field === 'row 4.idNumber')!.message).toBe('repeats the ID number of row 2');
    expect(errors.find((e) => e.field === 'row 6.arrivalDate')!.message).toMatch(/after today/);
    for (const e of errors) expect(e.message).not.toContain(id1);
  });

  it('reads 是/否 for yes-no facts', () => {
    const { rows } = checkRows(
      [{ ref: 'row 2', cells: { idNumber: id1, hukouInCity: '是', ownsHomeInCity: '否' } }],
      { department: 'x', fields: ['hukouInCity', 'ownsHomeInCity'] },
      TODAY,
    );
    expect(rows[0]!.values).toEqual({ hukouInCity: true, ownsHomeInCity: false });
  });
});

describe('department files', () => {
  it('reads quoted CSV fields, doubled quotes and CRLF, numbering rows as a spreadsheet does', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    const sheet = readCsv(Buffer.from(`\uFEFFidNumber,socialInsuranceMonths\n${id1},12\n,\n${id2},3\n`));
    expect(sheet).toEqual({
      header: ['idNumber', 'socialInsuranceMonths'],
      rows: [
        { row: 2, cells: [id1, '12'] },
        { row: 4, cells: [id2, '3'] },
      ],
    });
  });

  it('reads back the template it builds, and refuses a file that is no workbook', async () => {
    const wb = await readWorkbook(await buildTemplate({ zh: '人社局', en: 'HR bureau' }, RSJ.fields));
    expect(wb).toEqual({ header: templateHeader(RSJ.fields), rows: [] });
    expect(await readWorkbook(Buffer.from('not a zip'))).toEqual({ field: 'file', message: 'is not an Excel (.xlsx) workbook' });
  });
});
