import { describe, expect, it } from 'vitest';
import { loadPack, type PackError } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';

const CLASSIFICATION = `kind: classification
rows:
  - tier: A
    when: '"academician" in honors'
`;

/** A minimal policy whose first eligibility condition is `cond` (on line 9, value at column 11). */
const policy = (cond: string, extra = ''): string => `id: demo
title: { zh: 演示, en: Demo }
pillar: attract
department: rsj
mode: auto
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
eligibility:
  - when: ${cond}
benefit:
  kind: cash
  period: once
  amount: 100
${extra}`;

function errorsOf(text: string): PackError[] {
  const res = loadPack(
    [
      { path: 'policies/classification.yaml', text: CLASSIFICATION },
      { path: 'policies/demo.yaml', text },
    ],
    ZHUZHOU,
  );
  return res.ok ? [] : res.errors;
}

describe('authoring-time errors with file, line and column', () => {
  it('accepts a valid policy', () => {
    expect(errorsOf(policy('\'highestDegree >= "master"\''))).toEqual([]);
  });

  it('reports a misspelt enum value at the literal', () => {
    const [e] = errorsOf(`'highestDegree >= "mastr"'`.replace(/^/, '') === '' ? '' : policy(`'highestDegree >= "mastr"'`));
    expect(e).toMatchObject({ file: 'policies/demo.yaml', line: 9, column: 29 });
    expect(e!.message).toContain('"mastr" is not a degree');
    expect(e!.message).toContain('did you mean "master"');
  });

  it('reports an unknown field with a suggestion', () => {
    const [e] = errorsOf(policy('socialInsuranceMonth >= 6'));
    expect(e).toMatchObject({ line: 9, column: 11 });
    expect(e!.message).toBe("unknown field 'socialInsuranceMonth' (did you mean 'socialInsuranceMonths'?)");
  });

  it('reports a type mismatch', () => {
    const [e] = errorsOf(policy('arrivalDate >= 6'));
    expect(e).toMatchObject({ line: 9, column: 11 });
    expect(e!.message).toBe('cannot compare date with int');
    expect(errorsOf(policy('age && employedInCity'))[0]!.message).toBe('expected bool, found int');
    expect(errorsOf(policy(`'"8" in employer.flags'`))[0]!.message).toContain('"8" is not a employerFlag');
    expect(errorsOf(policy('schoolTier >= "other"'))[0]!.message).toContain('is not ordered');
  });

  it('locates errors inside block scalars', () => {
    const [e] = errorsOf(policy('>-\n      employedInCity\n      && hukouInCty'));
    expect(e).toMatchObject({ line: 11, column: 10 });
  });

  it('reports syntax errors, unknown functions and parameters', () => {
    expect(errorsOf(policy('age >= '))[0]!.message).toMatch(/^syntax error/);
    expect(errorsOf(policy('withn(arrivalDate, 1, "years")'))[0]!.message).toBe('unknown function withn() (did you mean within()?)');
    expect(errorsOf(policy('age < params.maxAge'))[0]!.message).toContain("unknown parameter 'maxAge'");
    expect(errorsOf(policy('within(arrivalDate, 1, "weeks")'))[0]!.message).toContain('unit must be');
  });

  it('reports structural errors at their node', () => {
    const errs = errorsOf(policy('employedInCity').replace('pillar: attract', 'pillar: attrct'));
    expect(errs[0]).toMatchObject({ line: 3, column: 9 });
    expect(errs[0]!.message).toContain('pillar');
  });

  it('checks parameter tables against their key enum', () => {
    const params = `parameters:
  amount:
    unit: yuan
    key: degree
    reference: demo
    values:
      - from: 2024-01-01
        value: { doctorate: 1, mastr: 2 }
`;
    const [e] = errorsOf(policy('employedInCity', params));
    expect(e!.message).toContain('"mastr" is not a degree');
    expect(e!.line).toBe(21);
  });

  it('rejects tier inside the classification table and money with more than two decimals', () => {
    const res = loadPack([{ path: 'c.yaml', text: `kind: classification\nrows:\n  - tier: A\n    when: tier == "A"\n` }], ZHUZHOU);
    expect(res.ok).toBe(false);
    const params = `parameters:\n  amount:\n    reference: demo\n    values:\n      - { from: 2024-01-01, value: 1.005 }\n`;
    expect(errorsOf(policy('employedInCity', params))[0]!.message).toContain('two decimals');
  });

  it('rejects a misspelt top-level key at its line, and the section it leaves missing', () => {
    const errors = errorsOf(policy("'employedInCity'").replace('eligibility:', 'eligibilty:'));
    expect(errors).toContainEqual({
      file: 'policies/demo.yaml',
      line: 8,
      column: 1,
      message: '(document): unknown key "eligibilty" (did you mean "eligibility"?)',
    });
    expect(errors).toContainEqual({ file: 'policies/demo.yaml', line: 1, column: 1, message: 'eligibility: is required' });
  });

  it('rejects an empty document instead of passing it', () => {
    expect(errorsOf('')).toEqual([{ file: 'policies/demo.yaml', line: 1, column: 1, message: '(document): is empty' }]);
    expect(errorsOf('# nothing yet\n')).toEqual([{ file: 'policies/demo.yaml', line: 1, column: 1, message: '(document): is empty' }]);
  });
});
