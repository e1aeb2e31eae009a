/**
 * Score sheets turned into what the panel reads: each sheet's weighted total on a 0–100 scale,
 * each reviewer's z-scores (a strict reviewer's 70 can be another's 90 — NIH-style
 * normalisation), per-application means, trimmed means (pitch rounds drop the highest and the
 * lowest judge), disagreement flags and the ranking. Pure; no I/O.
 */

/** One criterion of a review plan: its weight and its scale. */
export interface Criterion {
  readonly id: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
}

/** One reviewer's scores for one application, by criterion id. */
export interface ScoreSheet {
  readonly applicationId: string;
  readonly reviewerId: string;
  readonly scores: Readonly<Record<string, number>>;
}

/** A field at fault in a score sheet (`scores.<criterion>`), for a 4xx answer. */
export interface ScoreProblem {
  readonly field: string;
  readonly problem: 'missing' | 'outside_scale' | 'unknown_criterion';
}

/** Every problem of a sheet's scores; empty when the sheet can be saved. */
export function checkScores(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): ScoreProblem[] {
  const known = new Set(criteria.map((c) => c.id));
  const problems: ScoreProblem[] = Object.keys(scores)
    .filter((id) => !known.has(id))
    .map((id) => ({ field: `scores.${id}`, problem: 'unknown_criterion' }));
  for (const c of criteria) {
    const value = scores[c.id];
    if (value === undefined) problems.push({ field: `scores.${c.id}`, problem: 'missing' });
    else if (!Number.isFinite(value) || value < c.min || value > c.max) {
      problems.push({ field: `scores.${c.id}`, problem: 'outside_scale' });
    }
  }
  return problems;
}

/** A sheet's weighted total, each criterion scaled to 0–100 first. The sheet must pass `checkScores`. */
export function weightedTotal(criteria: readonly Criterion[], scores: Readonly<Record<string, number>>): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weights === 0) return 0;
  const total = criteria.reduce((sum, c) => sum + (c.weight * 100 * (scores[c.id]! - c.min)) / (c.max - c.min || 1), 0);
  return total / weights;
}

/** How a plan summarises a round. */
export interface SummaryRules {
  /** Drop the highest and the lowest total when at least this many sheets exist (5 for pitch rounds). */
  readonly trimFrom: number;
  /** Flag an application whose highest and lowest totals differ by more than this (0–100 points). */
  readonly disagreementAbove: number;
  /** What the ranking orders by. */
  readonly rankBy: 'trimmedMean' | 'meanZ';
}

/** One sheet as the office sees it. */
export interface SheetView {
  readonly reviewerId: string;
  readonly total: number;
  /** Null when the reviewer scored fewer than 2 applications or gave every one the same total. */
  readonly z: number | null;
}

/** One application's line of the score sheet. */
export interface ApplicationSummary {
  readonly applicationId: string;
  readonly sheets: readonly SheetView[];
  readonly mean: number;
  readonly trimmedMean: number;
  readonly meanZ: number | null;
  readonly spread: number;
  readonly disagreement: boolean;
  /** 1 for the best; equal keys share a rank. */
  readonly rank: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Reviewer → (mean, standard deviation) of its totals, for z-scores. */
function reviewerScales(totals: readonly { reviewerId: string; total: number }[]): Map<string, { mu: number; sd: number }> {
  const byReviewer = new Map<string, number[]>();
  for (const t of totals) byReviewer.set(t.reviewerId, [...(byReviewer.get(t.reviewerId) ?? []), t.total]);
  const scales = new Map<string, { mu: number; sd: number }>();
  for (const [reviewer, xs] of byReviewer) {
    const mu = mean(xs);
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mu) ** 2, 0) / xs.length);
    scales.set(reviewer, { mu, sd: xs.length < 2 ? 0 : sd });
  }
  return scales;
}

/** The trimmed mean: highest and lowest dropped once `trimFrom` totals exist. */
export function trimmedMean(totals: readonly number[], trimFrom: number): number {
  if (totals.length < Math.max(3, trimFrom)) return mean(totals);
  const sorted = [...totals].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

/** The office's view of a round: one line per application, ranked. */
export function summarise(criteria: readonly Criterion[], sheets: readonly ScoreSheet[], rules: SummaryRules): ApplicationSummary[] {
  const totals = sheets.map((s) => ({ ...s, total: weightedTotal(criteria, s.scores) }));
  const scales = reviewerScales(totals);
  const byApplication = new Map<string, SheetView[]>();
  for (const t of totals) {
    const scale = scales.get(t.reviewerId)!;
    const z = scale.sd > 0 ? (t.total - scale.mu) / scale.sd : null;
    byApplication.set(t.applicationId, [...(byApplication.get(t.applicationId) ?? []), { reviewerId: t.reviewerId, total: t.total, z }]);
  }
  const lines = [...byApplication].map(([applicationId, views]) => {
    const xs = views.map((v) => v.total);
    const zs = views.map((v) => v.z).filter((z): z is number => z !== null);
    const spread = Math.max(...xs) - Math.min(...xs);
    return {
      applicationId,
      sheets: views,
      mean: mean(xs),
      trimmedMean: trimmedMean(xs, rules.trimFrom),
      meanZ: zs.length > 0 ? mean(zs) : null,
      spread,
      disagreement: spread > rules.disagreementAbove,
    };
  });
  const key = (line: (typeof lines)[number]) => (rules.rankBy === 'meanZ' ? (line.meanZ ?? 0) : line.trimmedMean);
  lines.sort((a, b) => key(b) - key(a) || a.applicationId.localeCompare(b.applicationId));
  return lines.map((line, i) => {
    const first = lines.findIndex((other) => Math.abs(key(other) - key(line)) < 1e-9);
    return { ...line, rank: first === i ? i + 1 : first + 1 };
  });
}
