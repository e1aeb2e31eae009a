import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from './credit-code';

describe('GB 32100 unified social credit codes', () => {
  it('accepts real-format codes and computes their check character', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckChar('91430200MA4L12345')).toBe('F');
    expect(checkCreditCode('91430200MA4L12345F')).toBeNull();
  });

  it('refuses a wrong check character, bad length or letters outside the alphabet', () => {
    expect(checkCreditCode('91430200MA4L12345G')).toBe('checksum');
    expect(checkCreditCode('91430200MA4L1234')).toBe('format');
    expect(checkCreditCode('91430200MA4L1234IF')).toBe('format');
    expect(checkCreditCode('91430200ma4l12345f')).toBe('format');
    expect(checkCreditCode('914302A0MA4L12345F')).toBe('region');
  });

  it('maps a check value of 0 to the character 0, never to 31', () => {
    // Every 17-character body has a check character from the alphabet.
    for (const body of ['00000000000000000', '91430200MA4L00000', 'YYYYYYYYYYYYYYYYY']) {
      expect(creditCodeCheckChar(body)).toMatch(/^[0-9A-HJ-NPQRTUWXY]$/);
    }
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });
});
