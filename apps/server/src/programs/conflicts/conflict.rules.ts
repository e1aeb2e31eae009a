/**
 * Conflicts of interest (回避) as data: a versioned rule set applied to experts and applications,
 * each exclusion naming the rule and version that caused it and what matched. Pure; the programs
 * service loads the profiles and stores the result with the assignment.
 */
import type { ConflictExclusion, ConflictRule, ConflictRuleSet, ExpertRelation } from '@bole/contracts';

/** What the rules read about an expert. Dates are ISO (YYYY-MM-DD). */
export interface ExpertProfile {
  readonly id: string;
  /** The expert as a person, as named in other applications' teams. */
  readonly personId: string;
  readonly employerId: string | null;
  readonly pastEmployers: readonly { readonly employerId: string; readonly until: string }[];
  /** Earlier applications the expert made, with the people who applied together. */
  readonly coApplications: readonly {
    readonly callId: string;
    readonly submittedOn: string;
    readonly personIds: readonly string[];
  }[];
  readonly relations: readonly { readonly personId: string; readonly relation: ExpertRelation }[];
}

/** What the rules read about an application. */
export interface ReviewedApplication {
  readonly id: string;
  readonly employerId: string | null;
  /** The applicant and the team members. */
  readonly personIds: readonly string[];
  /** Experts the applicant asked to exclude, in the order asked. */
  readonly requestedExclusions: readonly string[];
}

/** The date `years` before `date` (ISO strings compare in date order). */
function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** Indexes of the applications by employer and by person, built once per run. */
interface Index {
  readonly byEmployer: Map<string, ReviewedApplication[]>;
  readonly byPerson: Map<string, ReviewedApplication[]>;
}

function indexApplications(applications: readonly ReviewedApplication[]): Index {
  const byEmployer = new Map<string, ReviewedApplication[]>();
  const byPerson = new Map<string, ReviewedApplication[]>();
  const push = (map: Map<string, ReviewedApplication[]>, key: string, a: ReviewedApplication) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  for (const a of applications) {
    if (a.employerId) push(byEmployer, a.employerId, a);
    for (const person of new Set(a.personIds)) push(byPerson, person, a);
  }
  return { byEmployer, byPerson };
}

type Found = Omit<ConflictExclusion, 'ruleSetVersion' | 'rule'>;

/** The pairs one rule excludes for one expert. */
function applyRule(rule: ConflictRule, expert: ExpertProfile, index: Index, reviewDate: string): Found[] {
  const pairs = (list: readonly ReviewedApplication[] | undefined, detail: Found['detail']) =>
    (list ?? []).map((a) => ({ applicationId: a.id, expertId: expert.id, detail }));
  switch (rule.code) {
    case 'same_employer':
      return expert.employerId ? pairs(index.byEmployer.get(expert.employerId), { employerId: expert.employerId }) : [];
    case 'recent_employer': {
      const since = yearsBefore(reviewDate, rule.years);
      return expert.pastEmployers
        .filter((past) => past.until >= since)
        .flatMap((past) => pairs(index.byEmployer.get(past.employerId), { employerId: past.employerId, until: past.until }));
    }
    case 'recent_co_applicant': {
      const since = yearsBefore(reviewDate, rule.years);
      return expert.coApplications
        .filter((earlier) => earlier.submittedOn >= since)
        .flatMap((earlier) =>
          earlier.personIds
            .filter((person) => person !== expert.personId)
            .flatMap((person) => pairs(index.byPerson.get(person), { callId: earlier.callId, personId: person })),
        );
    }
    case 'declared_relation':
      return expert.relations
        .filter((r) => rule.relations.includes(r.relation))
        .flatMap((r) => pairs(index.byPerson.get(r.personId), { personId: r.personId, relation: r.relation }));
    case 'requested_exclusion':
      return []; // read from the applications, below
    default:
      return assertNever(rule);
  }
}

function assertNever(rule: never): never {
  throw new Error(`unknown conflict rule ${JSON.stringify(rule)}`);
}

/**
 * Every excluded expert–application pair under `ruleSet` on `reviewDate`, once per pair and
 * rule (a pair two rules exclude is listed under both). An applicant's requested exclusions
 * beyond the rule's maximum are not honoured; the application form refuses them first.
 */
export function findConflicts(
  ruleSet: ConflictRuleSet,
  experts: readonly ExpertProfile[],
  applications: readonly ReviewedApplication[],
  reviewDate: string,
): ConflictExclusion[] {
  const index = indexApplications(applications);
  const found: ConflictExclusion[] = [];
  const seen = new Set<string>();
  const add = (rule: ConflictRule['code'], f: Found) => {
    const key = `${f.applicationId}\u0000${f.expertId}\u0000${rule}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ ...f, rule, ruleSetVersion: ruleSet.version });
  };
  for (const rule of ruleSet.rules) {
    for (const expert of experts) {
      for (const f of applyRule(rule, expert, index, reviewDate)) add(rule.code, f);
    }
    if (rule.code === 'requested_exclusion') {
      const known = new Set(experts.map((e) => e.id));
      for (const a of applications) {
        for (const expertId of a.requestedExclusions.slice(0, rule.max)) {
          if (known.has(expertId)) add(rule.code, { applicationId: a.id, expertId, detail: {} });
        }
      }
    }
  }
  return found;
}
