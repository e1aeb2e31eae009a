/**
 * The reviewer-assignment problem as plain data: who may review what, how many reviews each
 * application needs and how many each reviewer may take. No I/O; the programs service fills it.
 */

/** An application to be reviewed. `fields[0]` is its primary field; it names the group in a diagnosis. */
export interface AssignmentApplication {
  readonly id: string;
  readonly fields: readonly string[];
}

/** A reviewer (expert) of the pool; `maxLoad` overrides the plan's default load for this reviewer. */
export interface AssignmentReviewer {
  readonly id: string;
  readonly fields: readonly string[];
  readonly maxLoad?: number;
}

/** A pair that must not be assigned (a conflict of interest found by the conflict rules). */
export interface ExcludedPair {
  readonly applicationId: string;
  readonly reviewerId: string;
}

/** Everything the solver needs. */
export interface AssignmentProblem {
  readonly applications: readonly AssignmentApplication[];
  readonly reviewers: readonly AssignmentReviewer[];
  /** Exactly this many reviewers per application (k). */
  readonly reviewersPerApplication: number;
  /** Default upper limit of applications per reviewer (L). */
  readonly maxLoad: number;
  readonly excluded: readonly ExcludedPair[];
  /** When true (the default), a reviewer must share at least one field with the application. */
  readonly requireFieldMatch?: boolean;
}

/** One application's reviewers. */
export interface ApplicationAssignment {
  readonly applicationId: string;
  readonly reviewerIds: readonly string[];
}

/** One field's share of a shortfall: the applications in it and the reviewers able to take them. */
export interface FieldShortfall {
  readonly field: string;
  readonly applications: number;
  readonly neededReviews: number;
  /** Reviewers without conflict who cover at least one of these applications. */
  readonly eligibleReviewers: number;
  /** Reviews those reviewers can give these applications within their loads. */
  readonly availableReviews: number;
}

/** An application that has fewer reviewers without conflict than it needs; no load raise can help it. */
export interface ThinApplication {
  readonly applicationId: string;
  readonly field: string;
  readonly eligibleReviewers: number;
  readonly neededReviewers: number;
}

/**
 * Why no assignment exists: the smallest blocking group of applications found from the
 * maximum assignment (a Hall violator), by how many reviews it falls short, and what would fix it.
 */
export interface AssignmentDiagnosis {
  /** Reviews that cannot be given in any assignment (maximum flow deficit). */
  readonly missingReviews: number;
  readonly applications: number;
  readonly neededReviews: number;
  /** Reviewers without conflict on the blocked applications. */
  readonly eligibleReviewers: number;
  readonly availableReviews: number;
  /** The smallest load for those reviewers that covers the need; null when loads alone cannot. */
  readonly raiseLoadTo: number | null;
  /** New reviewers at the default load, without conflicts, that would cover the need. */
  readonly addReviewers: number;
  readonly byField: readonly FieldShortfall[];
  readonly thinApplications: readonly ThinApplication[];
}

/** Solver figures an operator can check. */
export interface AssignmentStats {
  readonly candidatePairs: number;
  readonly columnsUsed: number;
  readonly pricingRounds: number;
  readonly seconds: number;
}

/** The outcome: an optimal assignment, or the reason none exists. */
export type AssignmentResult =
  | {
      readonly feasible: true;
      readonly assignments: readonly ApplicationAssignment[];
      /** Sum of field-match scores (0..1 each) over all assigned pairs. */
      readonly totalMatch: number;
      readonly stats: AssignmentStats;
    }
  | { readonly feasible: false; readonly diagnosis: AssignmentDiagnosis; readonly stats: AssignmentStats };
