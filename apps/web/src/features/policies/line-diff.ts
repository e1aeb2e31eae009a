/** A line-by-line comparison of two versions of a policy document (what the reviewer reads). */

/** One line of a comparison: kept, only in the old text, or only in the new one. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
  /** Line number in the old text (same, removed) or in the new text (added). */
  line: number;
}

/**
 * The lines of `before` and `after` in order, each kept, removed or added, by their longest
 * common subsequence (policy documents are a few hundred lines: a table of their lengths is small).
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]!, line: i + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! > common[i + 1]![j]!)) {
      out.push({ kind: 'added', text: b[j]!, line: j + 1 });
      j++;
    } else {
      out.push({ kind: 'removed', text: a[i]!, line: i + 1 });
      i++;
    }
  }
  return out;
}

/** The changed lines with `context` kept lines around each change; a gap between hunks is null. */
export function hunks(lines: readonly DiffLine[], context = 2): (DiffLine | null)[] {
  const near = lines.map((_, k) => lines.slice(Math.max(0, k - context), k + context + 1).some((l) => l.kind !== 'same'));
  const out: (DiffLine | null)[] = [];
  lines.forEach((l, k) => {
    if (near[k]) out.push(l);
    else if (out.length > 0 && out.at(-1) !== null) out.push(null);
  });
  if (out.at(-1) === null) out.pop();
  return out;
}
