import { describe, expect, it } from 'vitest';
import { duplicateReason, formalDueOn, pauseClock, resumeClock, titleSimilarity, type FormalClock } from './formal-check.rules.js';

/** Monday–Friday working days, no holidays (enough for the arithmetic). */
const cal = {
  isWorkingDay: (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
  addWorkingDays(d: string, n: number) {
    let t = new Date(`${d}T00:00:00Z`);
    for (let left = n; left > 0;) {
      t = new Date(t.getTime() + 86_400_000);
      if (this.isWorkingDay(t.toISOString().slice(0, 10))) left--;
    }
    return t.toISOString().slice(0, 10);
  },
  workingDaysBetween(a: string, b: string) {
    let n = 0;
    for (let t = new Date(`${a}T00:00:00Z`); t.toISOString().slice(0, 10) < b; t = new Date(t.getTime() + 86_400_000)) {
      if (this.isWorkingDay(t.toISOString().slice(0, 10))) n++;
    }
    return n;
  },
};

describe('formal check clock', () => {
  const start: FormalClock = { formalStatus: 'pending', formalStartedOn: '2026-03-02', formalPausedWorkingDays: 0, formalPausedSince: null };

  it('is due 10 working days after submission', () => {
    expect(formalDueOn(start, cal)).toBe('2026-03-16');
  });

  it('stops while returned and moves the due date by the working days it stood paused', () => {
    const returned = pauseClock(start, '2026-03-04');
    expect(formalDueOn(returned, cal)).toBeNull();
    const resumed = resumeClock(returned, '2026-03-11', cal); // Wed → next Wed: 5 working days
    expect(resumed.formalPausedWorkingDays).toBe(5);
    expect(formalDueOn(resumed, cal)).toBe('2026-03-23');
  });
});

describe('duplicates across programs', () => {
  it('finds similar Chinese titles and ignores unrelated ones', () => {
    expect(titleSimilarity('高温合金涡轮叶片研究', '高温合金涡轮叶片的研究')).toBeGreaterThan(0.8);
    expect(titleSimilarity('高温合金涡轮叶片研究', '城市轨道交通调度')).toBeLessThan(0.2);
  });

  it('flags a similar title even in a closed call, and any project in a call still open', () => {
    const closed = { id: 'a', programId: 'p', title: '高温合金涡轮叶片的研究', closesOn: '2026-01-31' };
    expect(duplicateReason('高温合金涡轮叶片研究', closed, '2026-03-02')).toBe('similar_title');
    expect(duplicateReason('城市轨道交通调度', closed, '2026-03-02')).toBeNull();
    expect(duplicateReason('城市轨道交通调度', { ...closed, closesOn: '2026-03-31' }, '2026-03-02')).toBe('open_call');
  });
});
