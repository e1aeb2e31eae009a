import { describe, expect, it } from 'vitest';
import { dueDateMoveOf } from './due-date-move';

describe('dueDateMoveOf', () => {
  it('reads the old and new deadline and the notice of a due_date_moved step', () => {
    expect(
      dueDateMoveOf({ action: 'due_date_moved', detail: { from: '2027-01-05', to: '2027-01-06', source: '国务院办公厅关于2027年部分节假日安排的通知' } }),
    ).toEqual({
      from: '2027-01-05',
      to: '2027-01-06',
      source: '国务院办公厅关于2027年部分节假日安排的通知',
    });
  });

  it('keeps the dates when the notice is not named', () => {
    expect(dueDateMoveOf({ action: 'due_date_moved', detail: { from: '2027-01-05', to: '2027-01-06' } })).toEqual({
      from: '2027-01-05',
      to: '2027-01-06',
      source: '',
    });
  });

  it('is null for other actions and for a step without both dates', () => {
    expect(dueDateMoveOf({ action: 'escalate', detail: { from: '2027-01-05', to: '2027-01-06' } })).toBeNull();
    expect(dueDateMoveOf({ action: 'due_date_moved', detail: { to: '2027-01-06' } })).toBeNull();
    expect(dueDateMoveOf({ action: 'due_date_moved', detail: { from: 20270105, to: '2027-01-06' } })).toBeNull();
  });
});
