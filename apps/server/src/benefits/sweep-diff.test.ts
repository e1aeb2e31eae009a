import { describe, expect, it } from 'vitest';
import { diffChunk, type DesiredEntitlement, type ExistingEntitlement } from './sweep-diff.js';

const d = (talentId: string, policyId: string, amountFen: number, source: 'auto' | 'notify' = 'auto'): DesiredEntitlement => ({
  talentId,
  policyId,
  source,
  amountFen,
  period: 'month',
  months: 36,
});
const e = (id: string, talentId: string, policyId: string, amountFen: number, status = 'active', source = 'auto'): ExistingEntitlement => ({
  id,
  talentId,
  policyId,
  source,
  amountFen,
  period: 'month',
  months: 36,
  status,
});

describe('diffChunk', () => {
  it('creates what is new, changes amounts, ends what is no longer granted, re-activates ended rows', () => {
    const out = diffChunk(
      [d('t1', 'rent', 50000), d('t2', 'rent', 60000), d('t3', 'rent', 50000), d('t4', 'hukou', 0, 'notify')],
      [e('a', 't2', 'rent', 50000), e('b', 't3', 'rent', 50000, 'ended'), e('c', 't5', 'rent', 50000), e('x', 't6', 'rent', 1, 'ended')],
    );
    expect(out.create.map((c) => c.talentId)).toEqual(['t1', 't4']);
    expect(out.change.map((c) => [c.existing.id, c.desired.amountFen])).toEqual([['a', 60000]]);
    expect(out.reactivate.map((c) => c.existing.id)).toEqual(['b']);
    expect(out.end.map((c) => c.id)).toEqual(['c']);
  });

  it('is empty when nothing changed (a second sweep at the same date writes nothing)', () => {
    const out = diffChunk([d('t1', 'rent', 50000)], [e('a', 't1', 'rent', 50000)]);
    expect(out).toEqual({ create: [], change: [], reactivate: [], end: [] });
  });

  it('keeps auto and notify rows of one policy apart', () => {
    const out = diffChunk([d('t1', 'p', 0, 'notify')], [e('a', 't1', 'p', 0)]);
    expect(out.create).toHaveLength(1);
    expect(out.end.map((x) => x.id)).toEqual(['a']);
  });
});
