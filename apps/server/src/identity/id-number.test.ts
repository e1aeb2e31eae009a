import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar, idNumberBirthDate, idNumberGender, isValidIdNumber, makeIdNumber } from './id-number.js';

const TODAY = '2026-07-15';

describe('checkIdNumber (GB 11643)', () => {
  it('accepts the example numbers of the standard and real-format numbers', () => {
    // GB 11643-1999 appendix examples.
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, regionCode: '110105', birthDate: '1949-12-31', gender: 'female' });
    expect(checkIdNumber('440524188001010014', TODAY)).toEqual({ ok: true, regionCode: '440524', birthDate: '1880-01-01', gender: 'male' });
    // A Zhuzhou (430203 芦淞区) man born 1990-03-07, sequence 005: check character 7.
    const zz = makeIdNumber('430203', '1990-03-07', 2, 'male');
    expect(zz).toBe('430203199003070057');
    expect(checkIdNumber(zz, TODAY)).toMatchObject({ ok: true, birthDate: '1990-03-07', gender: 'male' });
  });

  it('accepts a lower-case x as the check character', () => {
    expect(checkIdNumber('11010519491231002x', TODAY).ok).toBe(true);
  });

  it('refuses every wrong check character', () => {
    const good = '11010519491231002X';
    for (const c of '0123456789') {
      const r = checkIdNumber(good.slice(0, 17) + c, TODAY);
      expect(r).toMatchObject({ ok: false, problem: 'checksum' });
    }
  });

  it('detects a single mistyped digit and a swap of adjacent digits', () => {
    expect(checkIdNumber('430203199003070157', TODAY)).toMatchObject({ ok: false, problem: 'checksum' });
    expect(checkIdNumber('430203199003700057', TODAY)).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(checkIdNumber('430203199003070507', TODAY)).toMatchObject({ ok: false, problem: 'checksum' });
  });

  it('refuses a wrong shape', () => {
    for (const bad of ['', '4302031990030700', '43020319900307005', '4302031990030700555', '43020319900307005A', 'X30203199003070055', '430203 99003070055']) {
      expect(checkIdNumber(bad, TODAY)).toMatchObject({ ok: false, problem: 'format' });
    }
  });

  it('refuses a province code that does not exist', () => {
    for (const p of ['00', '10', '16', '20', '24', '30', '38', '47', '55', '60', '66', '70', '80', '84', '99']) {
      const first17 = `${p}0203199003070${'05'}`.slice(0, 17);
      expect(checkIdNumber(first17 + idCheckChar(first17), TODAY)).toMatchObject({ ok: false, problem: 'region' });
    }
  });

  it('refuses impossible and future birth dates', () => {
    const at = (birth: string) => {
      const first17 = `430203${birth}005`;
      return checkIdNumber(first17 + idCheckChar(first17), TODAY);
    };
    expect(at('19900230')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(at('19901301')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(at('19900001')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(at('20230229')).toMatchObject({ ok: false, problem: 'birthDate' });
    expect(at('20240229')).toMatchObject({ ok: true, birthDate: '2024-02-29' });
    expect(at('20260715')).toMatchObject({ ok: true });
    expect(at('20260716')).toMatchObject({ ok: false, problem: 'futureBirthDate' });
  });

  it('gives a bilingual message for each problem', () => {
    const r = checkIdNumber('11010519491231002Y', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/18 characters/);
      expect(r.messageZh).toMatch(/18位/);
    }
  });
});

describe('ID number facts', () => {
  it('extracts the birth date and the gender digit', () => {
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idNumberBirthDate('110105194902300021')).toBeNull();
    expect(idNumberBirthDate('abc')).toBeNull();
    expect(idNumberGender('11010519491231002X')).toBe('female');
    expect(idNumberGender('440524188001010014')).toBe('male');
  });
});

describe('makeIdNumber', () => {
  it('builds valid numbers with the right birth date and gender for many inputs', () => {
    const regions = ['430202', '430203', '430211', '430281', '110105', '440305'];
    for (let i = 0; i < 600; i++) {
      const gender = i % 2 ? 'male' : 'female';
      const birth = new Date(Date.UTC(1950, 0, 1) + i * 37 * 86_400_000).toISOString().slice(0, 10);
      const id = makeIdNumber(regions[i % regions.length]!, birth, i % 500, gender);
      const r = checkIdNumber(id, TODAY);
      expect(r).toEqual({ ok: true, regionCode: regions[i % regions.length], birthDate: birth, gender });
    }
    expect(isValidIdNumber(makeIdNumber('430203', '2000-01-01', 0, 'female'), TODAY)).toBe(true);
  });

  it('refuses bad arguments', () => {
    expect(() => makeIdNumber('4302', '1990-01-01', 1, 'male')).toThrow(/regionCode/);
    expect(() => makeIdNumber('430203', '19900101', 1, 'male')).toThrow(/birthDate/);
    expect(() => makeIdNumber('430203', '1990-01-01', 500, 'male')).toThrow(/seq/);
  });
});
