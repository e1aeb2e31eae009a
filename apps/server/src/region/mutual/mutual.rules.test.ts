import { describe, expect, it } from 'vitest';
import type { EquivalenceTable } from '@bole/contracts';
import { credentialText, equivalentTier, mutualStatusOf } from './mutual.rules.js';

const table: EquivalenceTable = {
  version: 3,
  reference: '长株潭人才联席会议 2026 年第 2 次会议纪要',
  entries: [
    { from: { adminCode: '430100', tier: 'B' }, to: { adminCode: '430200', tier: 'C' } },
    { from: { adminCode: '430100', tier: 'C' }, to: { adminCode: '430200', tier: 'C' } },
    { from: { adminCode: '430200', tier: 'C' }, to: { adminCode: '430100', tier: 'D' } },
  ],
};

describe('equivalentTier', () => {
  it('maps a source tier through the directed entry for this city', () => {
    expect(equivalentTier(table, '430100', 'B', '430200')).toBe('C');
    expect(equivalentTier(table, '430200', 'C', '430100')).toBe('D');
  });

  it('gives nothing for a tier, a source or a direction the table does not list, or without a table', () => {
    expect(equivalentTier(table, '430100', 'A', '430200')).toBeNull();
    expect(equivalentTier(table, '430300', 'B', '430200')).toBeNull();
    expect(equivalentTier(table, '430200', 'B', '430100')).toBeNull();
    expect(equivalentTier(undefined, '430100', 'B', '430200')).toBeNull();
  });
});

describe('mutualStatusOf', () => {
  it('follows the local case and ends when the source revoked', () => {
    expect(mutualStatusOf('public_notice', null)).toBe('public_notice');
    expect(mutualStatusOf('granted', null)).toBe('granted');
    expect(mutualStatusOf('rejected', null)).toBe('rejected');
    expect(mutualStatusOf('revoked', null)).toBe('ended');
    expect(mutualStatusOf('granted', new Date())).toBe('ended');
  });
});

describe('credentialText', () => {
  it('drops the blanks and line breaks a copied code carries', () => {
    expect(credentialText('  eyJh.eyJi\n.c2ln \r\n')).toBe('eyJh.eyJi.c2ln');
    expect(credentialText('eyJh.eyJi.c2ln~WyJz~\n')).toBe('eyJh.eyJi.c2ln~WyJz~');
  });

  it('keeps the spaces inside QR text (Base45)', () => {
    expect(credentialText(' TC1:AB C%D \n')).toBe('TC1:AB C%D');
  });
});
