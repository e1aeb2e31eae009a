import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberBirthDate, idNumberCheckChar, idNumberGender } from './id-number';

describe('GB 11643 ID numbers', () => {
  it('accepts the standard example and computes its X check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X')).toBeNull();
    expect(checkIdNumber('11010519491231002x')).toBeNull();
  });

  it('names the first problem: format, province, birth date, check character', () => {
    expect(checkIdNumber('1101051949123100')).toBe('format');
    expect(checkIdNumber('99010519491231002X')).toBe('region');
    expect(checkIdNumber('110105194902300021')).toBe('birthDate');
    expect(checkIdNumber('110105194912310021')).toBe('checksum');
  });

  it('reads the birth date and gender digit', () => {
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idNumberBirthDate('110105194902300021')).toBeNull();
    expect(idNumberGender('11010519491231002X')).toBe('female');
    expect(idNumberGender('110105194912310011')).toBe('male');
  });
});
