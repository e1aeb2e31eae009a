import { describe, expect, it } from 'vitest';
import { eventInputOf, formValuesOf, toInstant, toLocal, type EventFormValues } from './event-form';

describe('event form', () => {
  it('sends Shanghai wall-clock times as +08:00 instants and reads them back', () => {
    expect(toInstant('2026-12-10T09:30')).toBe('2026-12-10T09:30:00+08:00');
    expect(toLocal('2026-12-10T01:30:00Z')).toBe('2026-12-10T09:30');
  });

  it('drops the policy of an event open to all and keeps it for an eligible audience', () => {
    const v: EventFormValues = {
      ...(formValuesOf(null) as EventFormValues),
      code: ' F1 ',
      title: '论坛',
      venue: '会展中心',
      policyId: 'p-1',
      registrationClosesAt: '2026-12-09T18:00',
      sessions: [{ code: 'S1', title: '上午', startsAt: '2026-12-10T09:00', endsAt: '2026-12-10T12:00', capacity: 50 }],
    };
    const open = eventInputOf(v);
    expect(open.code).toBe('F1');
    expect(open.policyId).toBeNull();
    expect(open.offerHours).toBe(48);
    expect(open.sessions[0]?.startsAt).toBe('2026-12-10T09:00:00+08:00');
    expect(eventInputOf({ ...v, audience: 'eligible' }).policyId).toBe('p-1');
  });
});
