import { describe, expect, it } from 'vitest';
import { loadPack, type PackError } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';

const CLASSIFICATION = `kind: classification
rows:
  - tier: A
    when: '"academician" in honors'
`;

/** A minimal policy asking for the evidence listed in `evidence` (starting on line 14). */
const policy = (evidence: string): string => `id: demo
title: { zh: 演示, en: Demo }
pillar: attract
department: rsj
mode: apply
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
eligibility:
  - when: employedInCity
benefit:
  kind: cash
  period: once
  amount: 100
evidence:
${evidence}`;

function load(text: string) {
  return loadPack(
    [
      { path: 'policies/classification.yaml', text: CLASSIFICATION },
      { path: 'policies/demo.yaml', text },
    ],
    ZHUZHOU,
  );
}

function errorsOf(text: string): PackError[] {
  const res = load(text);
  return res.ok ? [] : res.errors;
}

describe('evidence named by kind', () => {
  it('reads a kind, or a list of kinds any one of which will do', () => {
    const res = load(policy('  - kind: employment_contract\n  - kind: [degree_certificate, skill_certificate]\n'));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.pack.policies[0]!.doc.evidence).toEqual([{ kinds: ['employment_contract'] }, { kinds: ['degree_certificate', 'skill_certificate'] }]);
  });

  it('rejects an unknown kind at authoring time, at its line', () => {
    const [e] = errorsOf(policy('  - kind: employment_contract\n  - kind: employment_contrct\n'));
    expect(e).toMatchObject({ file: 'policies/demo.yaml', line: 16 });
    expect(e!.message).toContain('employment_contrct');
    expect(e!.message).toContain('social_insurance_record');
  });

  it('rejects evidence written as display text instead of a kind', () => {
    const [e] = errorsOf(policy('  - { zh: 劳动合同, en: Employment contract }\n'));
    expect(e).toMatchObject({ file: 'policies/demo.yaml', line: 15 });
  });
});
