import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysBetween } from '../calendar/working-days.js';
import {
  appealStageOf,
  appeal,
  approve,
  isFinalApproval,
  isOverdue,
  kindsOf,
  needsSecondApproval,
  requirementOf,
  needsEscalation,
  reject,
  resubmit,
  returnForEvidence,
  submitted,
  type Position,
} from './application.rules.js';

const cal = { addWorkingDays, workingDaysBetween };
/** The demo city's talent office (人才办) hears appeals. */
const OFFICE = appealStageOf('rcb');

const stages = [
  { department: 'rsj', slaWorkingDays: 5 },
  { department: 'czj', slaWorkingDays: 3 },
] as const;

function ok(r: ReturnType<typeof approve>): Position {
  if (!r.ok) throw new Error(`refused: ${r.why}`);
  return r.to;
}

describe('application rules', () => {
  it('submits to the first stage with its SLA in working days (National Day holidays do not count)', () => {
    // Monday 2026-09-28; 1–7 October are holidays, 2026-10-10 (Saturday) a make-up workday.
    const p = submitted([...stages], '2026-09-28', cal, OFFICE);
    expect(p).toMatchObject({ status: 'in_review', department: 'rsj', stageIndex: 0, stageStartedOn: '2026-09-28' });
    expect(p.dueDate).toBe(addWorkingDays('2026-09-28', 5));
    expect(workingDaysBetween('2026-09-28', p.dueDate!)).toBe(5);
    expect(p.dueDate! > '2026-10-07').toBe(true);
  });

  it('approves stage by stage, then finally', () => {
    const p0 = submitted([...stages], '2026-07-13', cal, OFFICE);
    const r1 = approve(p0, '2026-07-15', cal);
    expect(r1.ok && !r1.final).toBe(true);
    const p1 = ok(r1);
    expect(p1).toMatchObject({ department: 'czj', stageIndex: 1, stageStartedOn: '2026-07-15', dueDate: '2026-07-20', escalated: false });
    const r2 = approve(p1, '2026-07-16', cal);
    expect(r2.ok && r2.final).toBe(true);
    expect(ok(r2)).toMatchObject({ status: 'approved', department: null, dueDate: null });
    expect(approve(ok(r2), '2026-07-16', cal)).toEqual({ ok: false, why: 'not_in_review' });
  });

  it('a return pauses the clock; the resubmission extends the deadline by the paused working days', () => {
    const p0 = submitted([...stages], '2026-07-13', cal, OFFICE); // Monday, due Monday 07-20
    expect(p0.dueDate).toBe('2026-07-20');
    const returned = ok(returnForEvidence(p0, '2026-07-15'));
    expect(returned).toMatchObject({ status: 'returned', department: null, pausedSince: '2026-07-15', dueDate: null });
    expect(approve(returned, '2026-07-16', cal)).toEqual({ ok: false, why: 'paused' });
    expect(reject(returned)).toEqual({ ok: false, why: 'paused' });
    expect(isOverdue(returned, '2026-08-30')).toBe(false);
    // Back on Wednesday 07-22: 5 working days paused (16, 17, 20, 21, 22).
    const back = ok(resubmit(returned, '2026-07-22', cal));
    expect(back).toMatchObject({ status: 'in_review', department: 'rsj', pausedWorkingDays: 5, pausedSince: null, stageStartedOn: '2026-07-13' });
    expect(back.dueDate).toBe('2026-07-27');
    // A second return adds up.
    const again = ok(resubmit(ok(returnForEvidence(back, '2026-07-23')), '2026-07-24', cal));
    expect(again.pausedWorkingDays).toBe(6);
    expect(again.dueDate).toBe('2026-07-28');
    expect(resubmit(back, '2026-07-24', cal)).toEqual({ ok: false, why: 'not_returned' });
  });

  it('a rejection may be appealed once to 人才办; an upheld appeal resumes after the rejecting stage', () => {
    const rejected = ok(reject(submitted([...stages], '2026-07-13', cal, OFFICE)));
    expect(rejected).toMatchObject({ status: 'rejected', rejectedStage: 0, department: null });
    const onAppeal = ok(appeal(rejected, '2026-07-14', cal));
    expect(onAppeal).toMatchObject({ status: 'in_review', department: 'rcb', onAppeal: true, appealed: true, dueDate: addWorkingDays('2026-07-14', 10) });
    const upheld = ok(approve(onAppeal, '2026-07-15', cal));
    expect(upheld).toMatchObject({ status: 'in_review', department: 'czj', stageIndex: 1, onAppeal: false });
    const rejectedAgain = ok(reject(upheld));
    expect(appeal(rejectedAgain, '2026-07-16', cal)).toEqual({ ok: false, why: 'already_appealed' });
    expect(appeal(upheld, '2026-07-16', cal)).toEqual({ ok: false, why: 'not_rejected' });
  });

  it('an appeal upheld after the last stage approves finally', () => {
    const atLast = ok(approve(submitted([...stages], '2026-07-13', cal, OFFICE), '2026-07-13', cal));
    const onAppeal = ok(appeal(ok(reject(atLast)), '2026-07-14', cal));
    const r = approve(onAppeal, '2026-07-15', cal);
    expect(r.ok && r.final).toBe(true);
    expect(ok(r).status).toBe('approved');
  });

  it('is overdue the day after its deadline and escalates once per stage', () => {
    const p = submitted([...stages], '2026-07-13', cal, OFFICE);
    expect(isOverdue(p, '2026-07-20')).toBe(false);
    expect(isOverdue(p, '2026-07-21')).toBe(true);
    expect(needsEscalation(p, '2026-07-21')).toBe(true);
    expect(needsEscalation({ ...p, escalated: true }, '2026-07-21')).toBe(false);
    const next = ok(approve({ ...p, escalated: true }, '2026-07-21', cal));
    expect(next.escalated).toBe(false);
  });

  it('names a requirement by its evidence kinds, any one of which will do', () => {
    expect(requirementOf(['employment_contract'])).toEqual({
      zh: '劳动合同',
      en: 'employment contract',
      kind: 'employment_contract',
      kinds: ['employment_contract'],
    });
    expect(requirementOf(['degree_certificate', 'skill_certificate'])).toMatchObject({
      zh: '学历学位证书或职业技能等级证书',
      en: 'degree certificate or skill certificate',
      kind: 'degree_certificate',
    });
    expect(kindsOf({ kind: 'no_home_certificate' })).toEqual(['no_home_certificate']);
    expect(kindsOf({ kind: null })).toEqual([]);
  });

  it('asks a second person only for the final approval of a value above the threshold', () => {
    const p = submitted(stages, '2026-07-15', cal, OFFICE);
    expect(isFinalApproval(p, '2026-07-15', cal)).toBe(false);
    const last = ok(approve(p, '2026-07-16', cal));
    expect(isFinalApproval(last, '2026-07-16', cal)).toBe(true);
    expect(isFinalApproval({ ...last, status: 'returned' }, '2026-07-16', cal)).toBe(false);
    // ¥50,000 is 5,000,000 fen: at the threshold one approval is enough, a fen more needs two.
    expect(needsSecondApproval(5_000_000, 5_000_000)).toBe(false);
    expect(needsSecondApproval(5_000_001, 5_000_000)).toBe(true);
    expect(needsSecondApproval(0, 0)).toBe(false);
  });
});
