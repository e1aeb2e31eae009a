import { describe, expect, it } from 'vitest';
import { committable, fairOrder, type WaitingLine } from './payment-queue.js';

const line = (id: string, amountFen: number, startDate: string, extra: Partial<WaitingLine> = {}): WaitingLine => ({
  id,
  entitlementId: `e-${id}`,
  amountFen,
  startDate,
  grantedAt: '2026-07-01T00:00:00Z',
  period: '2026-07',
  counted: false,
  ...extra,
});

describe('fair payment queue', () => {
  it('orders by start date, then grant time, then entitlement, then month', () => {
    const lines = [
      line('c', 1, '2026-07-01', { grantedAt: '2026-07-02T00:00:00Z' }),
      line('a', 1, '2026-06-01'),
      line('b', 1, '2026-07-01', { grantedAt: '2026-07-01T08:00:00Z' }),
      line('d', 1, '2026-07-01', { grantedAt: '2026-07-02T00:00:00Z', entitlementId: 'e-c', period: '2026-06' }),
    ];
    expect([...lines].sort(fairOrder).map((l) => l.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('commits from the head while money and quota last; a later small line never overtakes', () => {
    const q = [line('a', 500, '2026-01-01'), line('b', 800, '2026-02-01'), line('c', 100, '2026-03-01')];
    expect(committable(q, 1_000, 10)).toEqual([0]);
    expect(committable(q, 1_300, 10)).toEqual([0, 1]);
    expect(committable(q, 1_400, 10)).toEqual([0, 1, 2]);
    expect(committable(q, 10_000, 2)).toEqual([0, 1]);
  });

  it('counts a person once per year in the quota', () => {
    const q = [
      line('a', 1, '2026-01-01', { counted: true }),
      line('b', 1, '2026-01-02'),
      line('b2', 1, '2026-01-02', { entitlementId: 'e-b', period: '2026-08' }),
      line('c', 1, '2026-01-03'),
    ];
    expect(committable(q, 100, 1)).toEqual([0, 1, 2]);
    // No quota left: only the person already counted is paid; new people wait in order.
    expect(committable(q, 100, 0)).toEqual([0]);
    const later = [line('x', 1, '2026-01-01'), line('y', 1, '2026-01-02', { counted: true })];
    expect(committable(later, 100, 0)).toEqual([1]);
  });
});
