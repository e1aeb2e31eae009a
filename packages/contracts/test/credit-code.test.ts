import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, checkCreditCode, creditCheckChar, isValidCreditCode, makeCreditCode } from '../src/rules/credit-code.js';

describe('checkCreditCode (GB 32100)', () => {
  it('accepts real-format codes', () => {
    expect(checkCreditCode('91430200MA4L12345F')).toEqual({ ok: true });
    // Codes as published on business licences (structure: authority, kind, division code, org code, check).
    for (const code of ['91350100M000100Y43', '911100001000080343', '91110108551385082Q', '914403001922038216']) {
      expect(isValidCreditCode(code)).toBe(true);
    }
  });

  it('refuses every wrong check character', () => {
    const first17 = '91430200MA4L12345';
    for (const c of CREDIT_CODE_CHARSET) {
      if (c === 'F') continue;
      expect(checkCreditCode(first17 + c)).toMatchObject({ ok: false, problem: 'checksum' });
    }
  });

  it('detects a single mistyped character', () => {
    expect(checkCreditCode('91430200MA4L12346F')).toMatchObject({ ok: false, problem: 'checksum' });
    expect(checkCreditCode('92430200MA4L12345F')).toMatchObject({ ok: false, problem: 'checksum' });
  });

  it('refuses the letters I, O, Z, S, V, lower case and wrong lengths', () => {
    for (const bad of [
      '91430200MA4L1234IF',
      '91430200MA4L1234OF',
      '91430200MA4L1234ZF',
      '91430200MA4L1234SF',
      '91430200MA4L1234VF',
      '91430200ma4l12345f',
      '91430200MA4L12345',
      '91430200MA4L12345FF',
      '',
    ]) {
      expect(checkCreditCode(bad)).toMatchObject({ ok: false, problem: 'format' });
    }
  });

  it('refuses a division code that is not 6 digits', () => {
    const first17 = '9143A200MA4L12345';
    expect(checkCreditCode(first17 + creditCheckChar(first17))).toMatchObject({ ok: false, problem: 'region' });
  });

  it('uses weights 3^i mod 31 and maps a remainder of 0 to 0', () => {
    // All zeros: sum 0 → check (31 - 0) % 31 = 0.
    expect(creditCheckChar('00000000000000000')).toBe('0');
    // A single 1 in position i contributes 3^i mod 31.
    expect(creditCheckChar('10000000000000000')).toBe(CREDIT_CODE_CHARSET[30]);
    expect(creditCheckChar('01000000000000000')).toBe(CREDIT_CODE_CHARSET[28]);
  });
});

describe('makeCreditCode', () => {
  it('builds distinct valid codes', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 2000; seq += 7) {
      const code = makeCreditCode('430200', seq * 104_729);
      expect(checkCreditCode(code)).toEqual({ ok: true });
      expect(code.slice(2, 8)).toBe('430200');
      seen.add(code);
    }
    expect(seen.size).toBe(286);
    expect(makeCreditCode('430281', 5, { authority: '5', kind: '2' })).toMatch(/^52430281MA0000005.$/);
  });

  it('refuses bad arguments', () => {
    expect(() => makeCreditCode('43', 1)).toThrow(/regionCode/);
    expect(() => makeCreditCode('430200', -1)).toThrow(/seq/);
  });
});
