import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFLICT_RULES, conflictRuleSet, type ConflictRuleSet } from '@bole/contracts';
import { findConflicts, type ExpertProfile, type ReviewedApplication } from './conflict.rules.js';

const expert = (over: Partial<ExpertProfile>): ExpertProfile => ({
  id: 'e1',
  personId: 'x1',
  employerId: 'uni-a',
  pastEmployers: [],
  coApplications: [],
  relations: [],
  ...over,
});
const application = (over: Partial<ReviewedApplication>): ReviewedApplication => ({
  id: 'app1',
  employerId: 'uni-z',
  personIds: ['p1', 'p2'],
  requestedExclusions: [],
  ...over,
});
const on = '2026-12-07';

describe('conflict-of-interest rules', () => {
  it('excludes the same current employer and says so', () => {
    const found = findConflicts(DEFAULT_CONFLICT_RULES, [expert({})], [application({ employerId: 'uni-a' })], on);
    expect(found).toEqual([{ applicationId: 'app1', expertId: 'e1', rule: 'same_employer', ruleSetVersion: '2026.1', detail: { employerId: 'uni-a' } }]);
  });

  it('excludes an employer left within 3 years, not one left earlier', () => {
    const experts = [
      expert({ id: 'recent', pastEmployers: [{ employerId: 'uni-z', until: '2023-12-07' }] }),
      expert({ id: 'long-ago', pastEmployers: [{ employerId: 'uni-z', until: '2023-12-06' }] }),
    ];
    const found = findConflicts(DEFAULT_CONFLICT_RULES, experts, [application({})], on);
    expect(found.map((f) => [f.expertId, f.rule, f.detail.until])).toEqual([['recent', 'recent_employer', '2023-12-07']]);
  });

  it('excludes a co-applicant of the applicant or a team member within 5 years', () => {
    const experts = [
      expert({ employerId: null, coApplications: [{ callId: 'c-2022', submittedOn: '2022-03-01', personIds: ['x1', 'p2'] }] }),
      expert({ id: 'e2', employerId: null, coApplications: [{ callId: 'c-2020', submittedOn: '2020-03-01', personIds: ['p1'] }] }),
    ];
    const found = findConflicts(DEFAULT_CONFLICT_RULES, experts, [application({})], on);
    expect(found).toEqual([
      {
        applicationId: 'app1',
        expertId: 'e1',
        rule: 'recent_co_applicant',
        ruleSetVersion: '2026.1',
        detail: { callId: 'c-2022', personId: 'p2' },
      },
    ]);
  });

  it('excludes declared relatives, supervisors and students, only the relations the rule names', () => {
    const rules: ConflictRuleSet = { version: 'test', validFrom: '2026-01-01', rules: [{ code: 'declared_relation', relations: ['supervisor'] }] };
    const experts = [
      expert({ id: 'teacher', relations: [{ personId: 'p1', relation: 'supervisor' }] }),
      expert({ id: 'cousin', relations: [{ personId: 'p1', relation: 'relative' }] }),
    ];
    const found = findConflicts(rules, experts, [application({})], on);
    expect(found.map((f) => [f.expertId, f.rule, f.detail.relation, f.ruleSetVersion])).toEqual([['teacher', 'declared_relation', 'supervisor', 'test']]);
  });

  it('honours at most 3 requested exclusions, in the order asked', () => {
    const experts = ['e1', 'e2', 'e3', 'e4'].map((id) => expert({ id, employerId: null }));
    const found = findConflicts(DEFAULT_CONFLICT_RULES, experts, [application({ requestedExclusions: ['e4', 'e2', 'e1', 'e3'] })], on);
    expect(found.map((f) => [f.expertId, f.rule])).toEqual([
      ['e4', 'requested_exclusion'],
      ['e2', 'requested_exclusion'],
      ['e1', 'requested_exclusion'],
    ]);
  });

  it('lists a pair under every rule that excludes it', () => {
    const e = expert({ relations: [{ personId: 'p1', relation: 'student' }] });
    const found = findConflicts(DEFAULT_CONFLICT_RULES, [e], [application({ employerId: 'uni-a', requestedExclusions: ['e1'] })], on);
    expect(found.map((f) => f.rule)).toEqual(['same_employer', 'declared_relation', 'requested_exclusion']);
  });

  it('refuses a rule set that allows more than 10 requested exclusions or names an unknown rule', () => {
    expect(conflictRuleSet.safeParse({ version: 'x', validFrom: '2026-01-01', rules: [{ code: 'requested_exclusion', max: 11 }] }).success).toBe(false);
    expect(conflictRuleSet.safeParse({ version: 'x', validFrom: '2026-01-01', rules: [{ code: 'same_city' }] }).success).toBe(false);
  });
});
