/** Reading the `due_date_moved` step of an application's timeline. */

/** A stored deadline moved by an imported holiday notice: from, to, and the notice's title. */
export interface DueDateMove {
  from: string;
  to: string;
  source: string;
}

/**
 * The move a timeline step records, or null when the step is another action or its detail
 * lacks the dates (an older or malformed entry is then shown by its action label alone).
 */
export function dueDateMoveOf(step: { action: string; detail: Record<string, unknown> }): DueDateMove | null {
  if (step.action !== 'due_date_moved') return null;
  const { from, to, source } = step.detail;
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  return { from, to, source: typeof source === 'string' ? source : '' };
}
