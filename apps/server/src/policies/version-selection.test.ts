import { describe, expect, it } from 'vitest';
import { latestPublished, versionSetKey, versionsInForce } from './version-selection.js';

const v = (policyId: string, version: number, status: string, effectiveFrom: string | null) => ({ policyId, version, status, effectiveFrom });

describe('versionsInForce', () => {
  const all = [
    v('a', 1, 'published', '2024-01-01'),
    v('a', 2, 'published', '2026-08-01'),
    v('a', 3, 'draft', null),
    v('b', 1, 'published', '2025-01-01'),
    v('b', 2, 'retired', '2025-06-01'),
    v('c', 1, 'published', '2024-01-01'),
    v('c', 2, 'published', '2024-01-01'),
  ];

  it('takes the latest published version effective on or before the date', () => {
    expect(versionsInForce(all, '2026-07-31').map((x) => `${x.policyId}@${x.version}`)).toEqual(['a@1', 'b@1', 'c@2']);
    expect(versionsInForce(all, '2026-08-01').map((x) => `${x.policyId}@${x.version}`)).toEqual(['a@2', 'b@1', 'c@2']);
  });

  it('leaves out a document with nothing in force yet, and ignores drafts and retired versions', () => {
    expect(versionsInForce(all, '2024-12-31').map((x) => x.policyId)).toEqual(['a', 'c']);
  });

  it('latestPublished sees scheduled versions too', () => {
    expect(latestPublished(all).map((x) => `${x.policyId}@${x.version}`)).toEqual(['a@2', 'b@1', 'c@2']);
  });

  it('keys a set independently of order', () => {
    expect(
      versionSetKey([
        { policyId: 'b', version: 1 },
        { policyId: 'a', version: 2 },
      ]),
    ).toBe('a@2,b@1');
  });
});
