import { describe, expect, it } from 'vitest';
import type { ApplicationRequirement } from '@bole/contracts';
import { filesUsedForSeveralKinds } from './shared-evidence';

const file = (sha256: string, kind: ApplicationRequirement['evidence'][number]['kind']) => ({
  id: `id-${sha256}-${kind}`,
  talentId: 't',
  kind,
  fileName: `${sha256}.pdf`,
  contentType: 'application/pdf' as const,
  size: 1,
  sha256,
  uploadedAt: '2026-03-01T00:00:00Z',
});

describe('one file offered for several different kinds of proof', () => {
  it('is flagged when two requirements of different kinds hold the same file', () => {
    const shared = filesUsedForSeveralKinds([
      { kind: 'degree_certificate', evidence: [file('aaa', 'degree_certificate')] },
      { kind: 'employment_contract', evidence: [file('aaa', 'employment_contract'), file('bbb', 'employment_contract')] },
      { kind: 'no_home_certificate', evidence: [file('ccc', 'no_home_certificate')] },
    ]);
    expect([...shared]).toEqual(['aaa']);
  });

  it('is not flagged for requirements of the same kind, or a file used once', () => {
    expect(
      filesUsedForSeveralKinds([
        { kind: 'degree_certificate', evidence: [file('aaa', 'degree_certificate')] },
        { kind: 'degree_certificate', evidence: [file('aaa', 'degree_certificate')] },
        { kind: 'employment_contract', evidence: [file('bbb', 'employment_contract')] },
      ]).size,
    ).toBe(0);
  });
});
