/**
 * Synthetic review rounds for `bench:assignment`: fields whose popularity falls off like real
 * disciplines (a few large, many small), experts spread over fields in proportion to demand,
 * employers of very different sizes (large universities supply many applicants and experts),
 * past employers, earlier joint applications, declared relations and applicant-requested
 * exclusions — all turned into exclusions by the real conflict rules.
 */
import { createRng } from '@bole/contracts';
import { DEFAULT_CONFLICT_RULES } from '@bole/contracts';
import type { AssignmentProblem } from '../../apps/server/src/programs/assignment/assignment.types.js';
import { findConflicts, type ExpertProfile, type ReviewedApplication } from '../../apps/server/src/programs/conflicts/conflict.rules.js';

/** Picks an index with probability ∝ 1/(i+1)^s. */
function zipf(rnd: () => number, n: number, s: number): () => number {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(
    (
      (sum) => (w: number) =>
        (sum += w / total)
    )(0),
  );
  return () => {
    const x = rnd();
    const i = cumulative.findIndex((c) => c >= x);
    return i < 0 ? n - 1 : i;
  };
}

const REVIEW_DATE = '2026-12-07';
const SCARCE_FIELD = '航空动力';

/** Options of one instance. */
export interface InstanceOptions {
  readonly applications: number;
  readonly experts: number;
  readonly k: number;
  readonly load: number;
  /** Put 60 applications in a field only 9 experts cover: 180 reviews needed, 162 possible. */
  readonly scarceField: boolean;
  readonly seed: number;
}

/** The assignment problem and the conflict figures of one synthetic round. */
export function buildInstance(o: InstanceOptions): {
  problem: AssignmentProblem;
  exclusions: number;
  pairs: number;
  conflictCpuSeconds: number;
} {
  const rnd = createRng(o.seed).next;
  const fields = Array.from({ length: 40 }, (_, i) => `field-${String(i).padStart(2, '0')}`);
  const field = zipf(rnd, fields.length, 0.8);
  const employer = zipf(rnd, 300, 1.0);
  const person = () => `p${Math.floor(rnd() * 6000)}`;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const date = (yearsBack: number) => `${2026 - Math.floor(rnd() * yearsBack)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`;

  const expertIds = Array.from({ length: o.experts }, (_, i) => `e${i}`);
  const scarceExperts = new Set(o.scarceField ? expertIds.slice(0, 9) : []);
  const experts: ExpertProfile[] = expertIds.map((id) => ({
    id,
    personId: `x-${id}`,
    employerId: `org${employer()}`,
    pastEmployers: Array.from({ length: Math.floor(rnd() * 3) }, () => ({ employerId: `org${employer()}`, until: date(6) })),
    coApplications: Array.from({ length: Math.floor(rnd() * 4) }, (_, i) => ({
      callId: `c${i}-${id}`,
      submittedOn: date(8),
      personIds: [`x-${id}`, ...Array.from({ length: 2 + Math.floor(rnd() * 3) }, person)],
    })),
    relations: Array.from({ length: Math.floor(rnd() * 3) }, () => ({
      personId: person(),
      relation: pick(['relative', 'supervisor', 'student'] as const),
    })),
  }));
  const expertFields = expertIds.map((id) => {
    const own = new Set([fields[field()]!, ...Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => fields[field()]!)]);
    if (scarceExperts.has(id)) own.add(SCARCE_FIELD);
    return own;
  });
  // A round's pool is recruited so that every field has twice k experts (a small field drawn
  // with 2 would make the feasible instance infeasible by chance of the seed, and the randomised
  // mode's probability cap needs more eligible reviewers than k once conflicts are taken out).
  const minimum = 2 * o.k;
  for (const f of fields) {
    let covering = expertFields.filter((own) => own.has(f)).length;
    while (covering < minimum) {
      const i = Math.floor(rnd() * o.experts);
      if (scarceExperts.has(expertIds[i]!) || expertFields[i]!.has(f)) continue;
      expertFields[i]!.add(f);
      covering++;
    }
  }

  const applications: (ReviewedApplication & { fields: string[] })[] = Array.from({ length: o.applications }, (_, i) => {
    const scarce = o.scarceField && i < 60;
    const primary = scarce ? SCARCE_FIELD : fields[field()]!;
    const secondary = scarce ? [] : Array.from({ length: Math.floor(rnd() * 3) }, () => fields[field()]!);
    return {
      id: `a${i}`,
      fields: [...new Set([primary, ...secondary])],
      employerId: `org${employer()}`,
      personIds: [`p-a${i}`, ...Array.from({ length: Math.floor(rnd() * 4) }, person)],
      requestedExclusions: rnd() < 0.3 ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(expertIds)) : [],
    };
  });

  const cpu = process.cpuUsage();
  const found = findConflicts(DEFAULT_CONFLICT_RULES, experts, applications, REVIEW_DATE);
  const used = process.cpuUsage(cpu);
  const excluded = [...new Map(found.map((f) => [`${f.applicationId}/${f.expertId}`, f])).values()].map((f) => ({
    applicationId: f.applicationId,
    reviewerId: f.expertId,
  }));
  return {
    problem: {
      applications: applications.map((a) => ({ id: a.id, fields: a.fields })),
      reviewers: expertIds.map((id, i) => ({ id, fields: [...expertFields[i]!] })),
      reviewersPerApplication: o.k,
      maxLoad: o.load,
      excluded,
    },
    exclusions: excluded.length,
    pairs: o.applications * o.experts,
    conflictCpuSeconds: (used.user + used.system) / 1e6,
  };
}
