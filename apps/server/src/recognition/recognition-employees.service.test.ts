import { describe, expect, it } from 'vitest';
import { mayRequest } from './recognition.rules.js';

describe('mayRequest: when the employer is offered a new request', () => {
  const today = '2026-09-21';
  it('offers it with no case, or after a closed one', () => {
    expect(mayRequest(null, null, today)).toBe(true);
    expect(mayRequest({ status: 'rejected' }, null, today)).toBe(true);
    expect(mayRequest({ status: 'withdrawn' }, null, today)).toBe(true);
  });
  it('not while a case is open, whatever its stage', () => {
    for (const status of ['draft', 'hr_review', 'office_review', 'returned', 'public_notice'] as const) expect(mayRequest({ status }, null, today)).toBe(false);
  });
  it('not while a granted tier is valid (through its last day); again once it expired', () => {
    expect(mayRequest({ status: 'granted' }, '2029-09-20', today)).toBe(false);
    expect(mayRequest({ status: 'granted' }, today, today)).toBe(false);
    expect(mayRequest({ status: 'granted' }, '2026-09-20', today)).toBe(true);
  });
});
