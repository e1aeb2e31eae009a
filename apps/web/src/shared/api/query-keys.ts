/**
 * The query key of every cached API resource, defined once. Each resource's keys start with its
 * `all` prefix, so invalidating `all` refreshes every view of it (a list, a page, one item);
 * features read and invalidate through these and never spell a key themselves (the
 * architecture test fails on a `queryKey: [` written anywhere else). Keys are here, not in the
 * features, because one resource is often shown by two features (evidence on file: the
 * recognition case and the application form).
 */
import type { EmployeeRecognitionQuery, TalentListQuery, UserListQuery } from '@bole/contracts';

export const queryKeys = {
  /** The session: who is signed in (null when nobody is), and how the last session ended. */
  auth: {
    all: ['auth'],
    me: ['auth', 'me'],
    sessionEnd: ['auth', 'session-end'],
  },
  /** Accounts an admin manages. */
  adminUsers: {
    all: ['admin', 'users'],
    list: (query: UserListQuery) => ['admin', 'users', query],
  },
  /** Employers and their people: approval, HR users, employment, flexible engagement. */
  employment: {
    all: ['employment'],
    standing: ['employment', 'standing'],
    hrUsers: ['employment', 'hr-users'],
    employerEmployments: ['employment', 'employer'],
    myEmployments: ['employment', 'mine'],
    engagements: ['employment', 'engagements'],
    checkins: (engagementId: string) => ['employment', 'engagements', engagementId, 'checkins'],
    reviews: (status: string) => ['employment', 'reviews', status],
    employerOptions: (q: string) => ['employment', 'employer-options', q],
    surveys: ['employment', 'surveys'],
    mySurveys: ['employment', 'surveys', 'mine'],
    surveyCompletion: (id: string) => ['employment', 'surveys', id, 'completion'],
    demandRecords: (query: string) => ['employment', 'surveys', 'demand-records', query],
  },
  /** The talent's consents to share facts with another city (我的授权). */
  consents: { all: ['consents'], mine: ['consents', 'mine'] },
  /** 资格互认: the talent's mutual recognitions, the office's incoming list and this city's recognitions used elsewhere. */
  mutualRecognition: {
    all: ['mutual-recognition'],
    mine: ['mutual-recognition', 'mine'],
    incoming: ['mutual-recognition', 'incoming'],
    usedElsewhere: ['mutual-recognition', 'used-elsewhere'],
  },
  /** 信息互通 (office): the trust list held and the message log, whole or for one partner city. */
  region: { all: ['region'], trustList: ['region', 'trust-list'], messageLog: (peer: string) => ['region', 'message-log', peer] },
  /** The city served (GET /city): the same for the whole session. */
  city: { all: ['city'] },
  notifications: { all: ['notifications'] },
  evidence: {
    all: ['evidence'],
    /** The signed-in talent's evidence, or (an employer) an employee's. */
    of: (talentId?: string) => ['evidence', talentId ?? 'mine'],
  },
  applications: {
    all: ['applications'],
    applicable: ['applications', 'applicable'],
    mine: ['applications', 'mine'],
    one: (id: string | undefined) => ['applications', 'one', id],
  },
  review: {
    all: ['review'],
    queue: (query: Record<string, unknown>) => ['review', 'queue', query],
    overdue: (page: number, pageSize: number) => ['review', 'overdue', page, pageSize],
    one: (id: string | undefined) => ['review', 'one', id],
  },
  recognition: {
    all: ['recognition'],
    mine: ['recognition', 'mine'],
    one: (id: string | undefined) => ['recognition', 'one', id],
    queue: (stage: string) => ['recognition', 'queue', stage],
    settings: ['recognition', 'settings'],
    employees: (query: EmployeeRecognitionQuery) => ['recognition', 'employees', query],
  },
  publicNotices: { all: ['public-notices'] },
  sweeps: {
    all: ['sweeps'],
    list: ['sweeps', 'list'],
    one: (id: string | null) => ['sweeps', 'one', id],
    diff: (id: string | null) => ['sweeps', 'diff', id],
    changes: (id: string | null, query: string) => ['sweeps', 'diff', id, query],
  },
  benefits: { mine: ['benefits', 'mine'] },
  payments: {
    all: ['payments'],
    batches: ['payments', 'batches'],
    lines: (batchId: string, page: number) => ['payments', 'batches', batchId, 'lines', page],
    budgets: (year: number) => ['payments', 'budgets', year],
    /** Every proposed change of a policy's budget for a year (under `budgets(year)`). */
    budgetHistory: (year: number, policyId: string) => ['payments', 'budgets', year, policyId, 'history'],
  },
  /**
   * Second approvals (budget changes, publications, large applications): the lists by status and
   * kind. Deciding one changes what it is about, so a decision also refreshes payments, policies
   * and review.
   */
  /** The service desk (关键小事): the talent's cases, the queue, a request, the concierges. */
  serviceDesk: {
    all: ['service-desk'],
    mine: ['service-desk', 'mine'],
    queue: (overdue: boolean) => ['service-desk', 'queue', overdue],
    one: (id: string) => ['service-desk', 'request', id],
    concierges: ['service-desk', 'concierges'],
    figures: ['service-desk', 'figures'],
  },
  /** Youth stations (青年驿站): the stations, the talent's stays, occupancy by night, a desk's night. */
  youthStations: {
    all: ['youth-stations'],
    list: ['youth-stations', 'list'],
    mine: ['youth-stations', 'mine'],
    occupancy: (from: string, days: number) => ['youth-stations', 'occupancy', from, days],
    tonight: (stationId: string) => ['youth-stations', 'tonight', stationId],
  },
  /** The cockpit's stored figures (per period and unit kind) and its published method. */
  cockpit: {
    all: ['cockpit'],
    snapshot: (period: string, unit: string) => ['cockpit', period, unit],
    indicators: ['cockpit', 'indicators'],
    refresh: (id: string) => ['cockpit', 'refresh', id],
    trend: (period: string, unit: string) => ['cockpit', 'trend', period, unit],
    records: (query: Record<string, string>) => ['cockpit', 'records', query],
    money: (period: string) => ['cockpit', 'money', period],
    service: (period: string) => ['cockpit', 'service', period],
    public: (period: string) => ['cockpit', 'public', period],
  },
  /** Programs and expert review: the list, a program's score sheet, the signed-in expert's reviews. */
  programs: {
    all: ['programs'],
    list: ['programs', 'list'],
    scores: (programId: string) => ['programs', 'scores', programId],
    mine: ['programs', 'reviews', 'mine'],
    eligibility: (programId: string) => ['programs', 'eligibility', programId],
    applications: (programId: string) => ['programs', 'applications', programId],
    employees: (q: string) => ['programs', 'employees', q],
  },
  /** Events: the list, one event, the talent's registrations, an event's registrations and attendance. */
  events: {
    all: ['events'],
    list: ['events', 'list'],
    one: (code: string) => ['events', 'one', code],
    mine: ['events', 'registrations', 'mine'],
    registrations: (code: string) => ['events', 'registrations', code],
    attendance: (code: string) => ['events', 'attendance', code],
  },
  approvals: {
    all: ['approvals'],
    list: (status: string, kind: string | null) => ['approvals', status, kind ?? 'all'],
  },
  policies: {
    all: ['policies'],
    list: ['policies', 'list'],
    versions: (id: string) => ['policies', id, 'versions'],
    version: (id: string, version: number | null) => ['policies', id, 'versions', version],
    parameters: (at: string | null) => ['policies', 'parameters', at],
  },
  calculator: { me: (at: string | null) => ['calculator', 'me', at] },
  publicPolicies: ['public', 'policies'],
  calendar: {
    all: ['calendar'],
    years: ['calendar', 'years'],
    year: (year: number | null) => ['calendar', 'year', year],
  },
  talents: {
    me: ['talents', 'me'],
    /** The signed-in talent's facts with their status (verified, declared only, contradicted). */
    myFacts: ['talents', 'me', 'facts'],
    /** The signed-in talent's payout account (masked) and the payments waiting for one. */
    payoutAccount: ['talents', 'me', 'payout-account'],
    lists: ['talents', 'list'],
    list: (query: TalentListQuery) => ['talents', 'list', query],
    /** ID numbers two talents gave, waiting for the office (身份证号冲突). */
    idDisputes: ['talents', 'id-number-disputes'],
    /** The office's view of one talent. */
    detail: (id: string) => ['talents', 'detail', id],
    /** An export of the list to Excel (its progress). */
    export: (id: string) => ['talents', 'export', id],
  },
  employers: {
    me: ['employers', 'me'],
    options: (q: string) => ['employers', 'options', q],
  },
  talentCode: { me: ['talent-code', 'me'] },
  /** Skills, postings and matching. */
  matching: {
    all: ['matching'],
    taxonomy: ['matching', 'skills'],
    mySkills: ['matching', 'me', 'skills'],
    opportunities: ['matching', 'me', 'opportunities'],
    myContacts: ['matching', 'me', 'contacts'],
    myViews: ['matching', 'me', 'views'],
    myPostings: ['matching', 'postings', 'mine'],
    candidates: (postingId: string | null) => ['matching', 'postings', postingId, 'candidates'],
    shortageAll: ['matching', 'shortage-catalogue'],
    shortage: (period: string | null) => ['matching', 'shortage-catalogue', period],
    chainView: (chain: string | null) => ['matching', 'chain-view', chain],
  },
  /** Every application in review, across departments. */
  inReview: { page: (query: object) => ['in-review', query] },
  /** A role's workbench (工作台) and the audit log. */
  workbench: { of: (role: string) => ['workbench', role] },
  audit: {
    all: ['audit'],
    page: (query: object) => ['audit', 'page', query],
    chain: ['audit', 'chain'],
  },
  factImports: {
    all: ['fact-imports'],
    page: (page: number, pageSize: number) => ['fact-imports', page, pageSize],
  },
  /** Talent apartments: the stock, rounds (as the office, a talent or the public sees them), applications, offers, waitlists. */
  housing: {
    all: ['housing'],
    stock: ['housing', 'stock'],
    rounds: (scope: 'signed-in' | 'public') => ['housing', 'rounds', scope],
    mine: ['housing', 'mine'],
    myOffers: ['housing', 'my-offers'],
    roundOffers: (code: string) => ['housing', 'round-offers', code],
    waitlists: ['housing', 'waitlists'],
  },
} as const;
