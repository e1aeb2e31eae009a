import { describe, expect, it } from 'vitest';
import { RECOGNITION_ACTIONS, RECOGNITION_STATUSES } from '@bole/contracts';
import { addWorkingDays } from '../calendar/working-days.js';
import {
  TERMINAL,
  TRANSITIONS,
  dueDateOf,
  finalizeBlocker,
  holderOf,
  missingEvidence,
  noticeEndsOn,
  noticeIsOpen,
  requiredEvidence,
  transition,
  sweepDateAllowed,
  validUntilOf,
} from './recognition.rules.js';

const cal = { addWorkingDays };
/** The demo city's roles: 人社局 reviews, 人才办 is the talent office. */
const ZHUZHOU_ROLES = { recognitionReview: 'rsj', talentOffice: 'rcb' };

describe('recognition state machine', () => {
  it('follows the happy path draft → HR → office → notice → granted', () => {
    let s = 'draft' as (typeof RECOGNITION_STATUSES)[number];
    for (const [action, to] of [
      ['submit', 'hr_review'],
      ['hr_approve', 'office_review'],
      ['office_approve', 'public_notice'],
      ['objection_filed', 'public_notice'],
      ['objection_dismissed', 'public_notice'],
      ['finalize', 'granted'],
    ] as const) {
      const r = transition(s, action);
      expect(r, `${s} --${action}`).toEqual({ ok: true, to });
      s = to;
    }
  });

  it('returns to the applicant and back to HR on resubmission', () => {
    expect(transition('hr_review', 'hr_return')).toEqual({ ok: true, to: 'returned' });
    expect(transition('office_review', 'office_return')).toEqual({ ok: true, to: 'returned' });
    expect(transition('returned', 'submit')).toEqual({ ok: true, to: 'hr_review' });
  });

  it('refuses deciding twice, approving while returned, and anything after the end', () => {
    expect(transition('office_review', 'hr_approve')).toEqual({ ok: false, allowed: ['office_approve', 'office_reject', 'office_return'] });
    expect(transition('returned', 'hr_approve').ok).toBe(false);
    expect(transition('returned', 'office_approve').ok).toBe(false);
    expect(transition('hr_review', 'finalize').ok).toBe(false);
    expect(transition('draft', 'objection_filed').ok).toBe(false);
    // The one way out of an end: a grant by mutual recognition ends when the source city revokes its credential.
    for (const s of TERMINAL) for (const a of RECOGNITION_ACTIONS) expect(transition(s, a).ok, `${s} ${a}`).toBe(s === 'granted' && a === 'source_revoked');
    expect(transition('granted', 'source_revoked')).toEqual({ ok: true, to: 'revoked' });
    expect(transition('public_notice', 'source_revoked')).toEqual({ ok: true, to: 'revoked' });
  });

  it('upheld objections reject; only the listed moves exist', () => {
    expect(transition('public_notice', 'objection_upheld')).toEqual({ ok: true, to: 'rejected' });
    const moves = Object.values(TRANSITIONS).reduce((n, m) => n + Object.keys(m).length, 0);
    expect(moves).toBe(16);
  });

  it('names who holds the case', () => {
    expect(holderOf('draft', ZHUZHOU_ROLES)).toBe('applicant');
    expect(holderOf('returned', ZHUZHOU_ROLES)).toBe('applicant');
    expect(holderOf('hr_review', ZHUZHOU_ROLES)).toBe('rsj');
    expect(holderOf('office_review', ZHUZHOU_ROLES)).toBe('rcb');
    expect(holderOf('public_notice', ZHUZHOU_ROLES)).toBe('public');
    expect(holderOf('public_notice', ZHUZHOU_ROLES, 1)).toBe('rcb');
    expect(holderOf('granted', ZHUZHOU_ROLES)).toBe('none');
  });
});

describe('recognition dates', () => {
  it('runs the notice 5 working days across the Mid-Autumn and National Day holidays', () => {
    // 2026-09-24 Thu; 25–27 and 10-01..07 are holidays; 09-28..30 and 10-08, 10-09 count.
    expect(noticeEndsOn('2026-09-24', 5, cal)).toBe('2026-10-09');
    // across a plain weekend: Fri 2026-11-06 → Mon..Fri next week
    expect(noticeEndsOn('2026-11-06', 5, cal)).toBe('2026-11-13');
  });

  it('accepts objections through the last day of the notice only', () => {
    const c = { status: 'public_notice' as const, noticeEndsOn: '2026-10-09' };
    expect(noticeIsOpen(c, '2026-10-09')).toBe(true);
    expect(noticeIsOpen(c, '2026-10-10')).toBe(false);
    expect(noticeIsOpen({ ...c, status: 'granted' }, '2026-10-01')).toBe(false);
  });

  it('grants only after the notice and with no open objection', () => {
    const c = { status: 'public_notice' as const, noticeEndsOn: '2026-10-09' };
    expect(finalizeBlocker(c, '2026-10-09', 0)).toBe('notice_running');
    expect(finalizeBlocker(c, '2026-10-10', 1)).toBe('open_objections');
    expect(finalizeBlocker(c, '2026-10-10', 0)).toBeNull();
    expect(finalizeBlocker({ ...c, status: 'office_review' }, '2026-10-10', 0)).toBe('not_in_notice');
  });

  it('computes validity and due dates', () => {
    expect(validUntilOf('2026-10-12', 3)).toBe('2029-10-11');
    expect(validUntilOf('2028-02-29', 1)).toBe('2029-02-27');
    expect(dueDateOf({ status: 'hr_review', stageSince: '2026-09-24', noticeEndsOn: null }, cal)).toBe(addWorkingDays('2026-09-24', 10));
    expect(dueDateOf({ status: 'public_notice', stageSince: '2026-09-24', noticeEndsOn: '2026-10-09' }, cal)).toBe('2026-10-09');
    expect(dueDateOf({ status: 'draft', stageSince: '2026-09-24', noticeEndsOn: null }, cal)).toBeNull();
  });
});

describe('sweep date', () => {
  it('never grants ahead of time, in any mode', () => {
    expect(sweepDateAllowed('2026-10-09', '2026-10-10')).toBe(true);
    expect(sweepDateAllowed('2026-10-10', '2026-10-10')).toBe(true);
    expect(sweepDateAllowed('2026-10-11', '2026-10-10')).toBe(false);
  });
});

describe('required evidence', () => {
  it('asks proof of each basis plus employment and social insurance', () => {
    expect(requiredEvidence({ honors: [], highestDegree: 'master', title: 'none', skillLevel: 'none' })).toEqual([
      'degree_certificate',
      'employment_contract',
      'social_insurance_record',
    ]);
    expect(requiredEvidence({ honors: ['city_leading'], highestDegree: 'associate', title: 'senior', skillLevel: 'level1' })).toEqual([
      'honor_proof',
      'title_certificate',
      'skill_certificate',
      'employment_contract',
      'social_insurance_record',
    ]);
    expect(missingEvidence(['degree_certificate', 'employment_contract'], [{ kind: 'employment_contract' }])).toEqual(['degree_certificate']);
  });
});
