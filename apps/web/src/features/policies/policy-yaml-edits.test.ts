import { describe, expect, it } from 'vitest';
import { hunks, lineDiff } from './line-diff';
import { readEditable, setDatedValue, setWindow } from './policy-yaml-edits';

const DOC = `id: youth-station-stay
title: { zh: 青年驿站免费住宿, en: 'A long title that a YAML writer would fold at eighty characters wide, surely' }
window: { from: 2024-01-01 }
parameters:
  nights:
    unit: nights
    reference: 第29条 # the clause
    values:
      - { from: 2024-01-01, value: 7 }
  amount:
    unit: yuan
    key: tier
    reference: 第8条
    values:
      - from: 2024-01-01
        value: { A: 500000, B: 200000 }
evidence:
  - kind: [degree_certificate, skill_certificate]
`;

/** The lines an edit changed: [removed, added]. */
const changed = (before: string, after: string) => {
  const d = lineDiff(before, after);
  return [d.filter((l) => l.kind === 'removed').map((l) => l.text), d.filter((l) => l.kind === 'added').map((l) => l.text)];
};

describe('the policy editor’s common edits', () => {
  it('reads the window and each parameter’s dated values', () => {
    expect(readEditable(DOC)).toEqual({
      window: { from: '2024-01-01', to: null },
      parameters: [
        { name: 'nights', unit: 'nights', values: [{ from: '2024-01-01', value: 7 }] },
        { name: 'amount', unit: 'yuan', values: [{ from: '2024-01-01', value: { A: 500000, B: 200000 } }] },
      ],
    });
    expect(readEditable('window: [')).toBeNull();
    expect(readEditable('')).toBeNull();
  });

  it('sets the window and keeps comments and layout', () => {
    const closed = setWindow(DOC, '2024-01-01', '2027-12-31');
    expect(changed(DOC, closed)).toEqual([['window: { from: 2024-01-01 }'], ['window: { from: 2024-01-01, to: 2027-12-31 }']]);
    expect(readEditable(closed)!.window).toEqual({ from: '2024-01-01', to: '2027-12-31' });
    expect(closed).toContain('reference: 第29条 # the clause');
    expect(readEditable(setWindow(closed, '2025-01-01', null))!.window).toEqual({ from: '2025-01-01', to: null });
  });

  it('adds a value from a new date in date order, in its neighbours’ style, and replaces one of the same date', () => {
    const later = setDatedValue(DOC, 'nights', '2027-01-01', 10);
    expect(changed(DOC, later)).toEqual([[], ['      - { from: 2027-01-01, value: 10 }']]);
    expect(later).toContain('      - { from: 2024-01-01, value: 7 }\n      - { from: 2027-01-01, value: 10 }\n');
    const earlier = setDatedValue(later, 'nights', '2025-06-01', 8);
    expect(readEditable(earlier)!.parameters[0]!.values.map((v) => v.from)).toEqual(['2024-01-01', '2025-06-01', '2027-01-01']);
    const replaced = setDatedValue(earlier, 'nights', '2025-06-01', 9);
    expect(readEditable(replaced)!.parameters[0]!.values).toContainEqual({ from: '2025-06-01', value: 9 });
    expect(readEditable(replaced)!.parameters[0]!.values).toHaveLength(3);
    const tiers = setDatedValue(DOC, 'amount', '2027-01-01', { A: 600000, B: 250000 });
    expect(changed(DOC, tiers)).toEqual([[], ['      - from: 2027-01-01', '        value: { A: 600000, B: 250000 }']]);
    expect(readEditable(tiers)!.parameters[1]!.values.at(-1)).toEqual({ from: '2027-01-01', value: { A: 600000, B: 250000 } });
    expect(setDatedValue(DOC, 'missing', '2027-01-01', 1)).toBe(DOC);
  });

  it('compares two versions line by line and keeps only the changes with their context', () => {
    const diff = lineDiff('a\nb\nc\nd\ne\nf\ng\nh', 'a\nb\nc\nD\ne\nf\ng\nh\ni');
    expect(diff.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'd', line: 4 },
      { kind: 'added', text: 'D', line: 4 },
      { kind: 'added', text: 'i', line: 9 },
    ]);
    const shown = hunks(diff, 1);
    expect(shown.map((l) => (l ? l.text : '…'))).toEqual(['c', 'd', 'D', 'e', '…', 'h', 'i']);
  });
});
