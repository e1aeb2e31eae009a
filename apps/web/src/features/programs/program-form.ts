/**
 * The project form (申报书) as the screen holds it — budget lines in yuan — and the bodies the API
 * takes: budget lines in integer fen, attachments as evidence ids.
 */
import type { BudgetLine, ProgramApplication, ProgramApplyBody, ProgramResubmitBody } from '@bole/contracts';

/** One budget line as typed: what for, and how many yuan. */
export interface BudgetLineValues {
  item: string;
  yuan: number;
}

/** The form's values. */
export interface ProgramFormValues {
  title: string;
  fields: string[];
  summary?: string;
  basicResearch?: boolean;
  team?: string[];
  budget?: BudgetLineValues[];
}

/** Yuan as typed (up to two decimals) → integer fen. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** The budget lines in fen, blank lines left out. */
export function budgetLinesOf(lines: readonly (BudgetLineValues | undefined)[] | undefined): BudgetLine[] {
  return (lines ?? []).flatMap((l) => (l && l.item?.trim() && typeof l.yuan === 'number' ? [{ item: l.item.trim(), amountFen: yuanToFen(l.yuan) }] : []));
}

/** The total of the budget lines, in fen. */
export function budgetTotalFen(lines: readonly BudgetLine[]): number {
  return lines.reduce((sum, l) => sum + l.amountFen, 0);
}

/** What the API takes to apply (a talent) or to nominate `talentId` (an employer). */
export function applyBodyOf(v: ProgramFormValues, evidenceIds: readonly string[], talentId?: string): ProgramApplyBody {
  return {
    title: v.title.trim(),
    fields: v.fields,
    summary: v.summary?.trim() ?? '',
    basicResearch: v.basicResearch ?? false,
    teamTalentIds: v.team ?? [],
    budgetLines: budgetLinesOf(v.budget),
    evidenceIds: [...evidenceIds],
    ...(talentId ? { talentId } : {}),
  };
}

/**
 * What the API takes to resubmit a returned application (the title and fields stay as filed);
 * the attachments only when they changed from `filed`.
 */
export function resubmitBodyOf(v: ProgramFormValues, evidenceIds: readonly string[], filed: readonly string[] = []): ProgramResubmitBody {
  const same = evidenceIds.length === filed.length && evidenceIds.every((id, i) => id === filed[i]);
  return {
    summary: v.summary?.trim() ?? '',
    budgetLines: budgetLinesOf(v.budget),
    ...(same ? {} : { evidenceIds: [...evidenceIds] }),
    teamTalentIds: v.team ?? [],
  };
}

/** A filed application back in the form (fen → yuan), to complete it after a return. */
export function formValuesOf(a: ProgramApplication): ProgramFormValues {
  return {
    title: a.title,
    fields: a.fields,
    summary: a.summary,
    basicResearch: a.basicResearch,
    team: a.teamTalentIds,
    budget: a.budgetLines.map((l) => ({ item: l.item, yuan: l.amountFen / 100 })),
  };
}
