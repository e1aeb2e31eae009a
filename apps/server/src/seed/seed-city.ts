/**
 * Bulk loading of the synthetic city: employers then talents, written with COPY in chunks
 * through `ctx.database.copyCsv` (PGlite and PostgreSQL alike). ID and mobile numbers are
 * sealed with the personal-data cipher and get their lookup hashes, exactly as the talent
 * service stores them; so are the numbers of the payout accounts most talents get (sealed and
 * masked, see payout-accounts.ts). While PostgreSQL ingests one chunk the next one is generated.
 *
 * Refuses to load into non-empty tables unless `append` is set; an appended batch continues
 * the ordinals of the rows already there and avoids their ID numbers, mobiles and credit codes.
 * Chunks commit one by one: a load that fails half way leaves the chunks already loaded and
 * throws `SeedInterruptedError` saying how many — rerun with `append` or on a fresh database.
 * Talents get time-ordered (version 7) UUIDs so the indexes that end in `id` grow at one edge.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { fail } from '../http/errors.js';
import { generateCity, type EmployerRef, type GeneratedEmployer, type GeneratedTalent } from './city.generator.js';
import { DEMO_CREDIT_CODE, DEMO_TALENT_MOBILE } from './demo-accounts.js';
import { countCity, listEmployerRefs, listTalentHashes, seedVerifiedFacts } from './seed.repository.js';
import { maskAccountNumber } from '../personal-data/personal-data.js';
import { DEFAULT_PAYOUT_ACCOUNT_PERCENT, syntheticPayoutAccount } from './payout-accounts.js';

/** What to load. */
export interface SeedOptions {
  talents: number;
  employers: number;
  seed: number;
  /** Allow loading into tables that already hold rows. */
  append?: boolean;
  /** "Today" of the generated city; default: today's business date from `ctx.clock`. */
  referenceDate?: string;
  /** Rows per COPY (default 25,000). */
  chunkSize?: number;
  /** COPY statements in flight at once (default: 2 on PostgreSQL, 1 on PGlite). */
  concurrency?: number;
  /** Confirm the demo mix of facts (department data, reviewed degrees; default true); false: declarations only. */
  verifiedFacts?: boolean;
  /** Per cent of the talents given a payout account (default 90; see payout-accounts.ts). */
  payoutAccountPercent?: number;
}

/** Progress of a load, reported after every chunk. */
export interface SeedProgress {
  phase: 'employers' | 'talents';
  done: number;
  total: number;
}

/** What was loaded. */
export interface SeedReport {
  employers: number;
  talents: number;
  seconds: number;
  /** (employers + talents) / seconds. */
  rowsPerSecond: number;
  referenceDate: string;
  /** Whether the talents' `tier` column was filled (false: left null for the classifier to fill). */
  tierComputed: boolean;
}

/** A load that stopped part way; `loaded` says what was committed before the failure (`cause`). */
export class SeedInterruptedError extends Error {
  constructor(
    readonly loaded: { employers: number; talents: number },
    cause: unknown,
  ) {
    super(
      `Seeding stopped after ${loaded.employers} employers and ${loaded.talents} talents were loaded: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Those rows stay; seed again with --append to continue, or start from a fresh database.',
      { cause },
    );
  }
}

/** Columns written to `employers`, in CSV order. */
export const EMPLOYER_COLUMNS = [
  'id',
  'credit_code',
  'name',
  'contact_mobile_enc',
  'contact_mobile_hash',
  'district',
  'chain',
  'kind',
  'flags',
  'created_at',
  'updated_at',
];

/** Columns written to `talents`, in CSV order. */
export const TALENT_COLUMNS = [
  'id',
  'name',
  'mobile_enc',
  'mobile_hash',
  'id_number_enc',
  'id_number_hash',
  'birthplace',
  'gender',
  'birth_date',
  'district',
  'highest_degree',
  'graduation_date',
  'school_tier',
  'title',
  'title_date',
  'skill_level',
  'skill_cert_date',
  'honors',
  'employer_id',
  'arrival_date',
  'social_insurance_months',
  'hukou_in_city',
  'owns_home_in_city',
  'first_home_purchase_date',
  'lives_in_talent_apartment',
  'children_school_age',
  'spouse_needs_job',
  'is_postdoc',
  'postdoc_completed_date',
  'engagement_mode',
  'onsite_days_last_year',
  'special_post',
  'dual_appointment',
  'licensed_patents_last_year',
  'years_worked_outside',
  'created_at',
  'updated_at',
  'payout_bank',
  'payout_account_enc',
  'payout_account_mask',
  'payout_holder_name',
  'payout_account_set_at',
];

const YIELD_EVERY = 500;

/** A CSV field: empty for null (COPY's CSV null), quoted when it holds a delimiter or quote. */
function field(v: string | null): string {
  if (v === null) return '';
  if (v === '' || /[",\n\r]/.test(v)) return `"${v.replaceAll('"', '""')}"`;
  return v;
}
const bool = (b: boolean): string => (b ? 't' : 'f');
/** A PostgreSQL text[] literal in a CSV field (enum values need no escaping). */
const textArray = (items: readonly string[]): string => (items.length === 0 ? '{}' : `"{${items.join(',')}}"`);

/** Seals personal data and renders employers as CSV rows. */
export function employersCsv(ctx: AppContext, rows: readonly (GeneratedEmployer & { id: string })[], stamp: string): string {
  let out = '';
  for (const e of rows) {
    out +=
      [
        e.id,
        field(e.creditCode),
        field(e.name),
        ctx.cipher.encrypt(e.contactMobile),
        ctx.cipher.lookupHash('mobile', e.contactMobile),
        field(e.district),
        e.chain,
        e.kind,
        textArray(e.flags),
        stamp,
        stamp,
      ].join(',') + '\n';
  }
  return out;
}

/**
 * Time-ordered UUIDs (RFC 9562 version 7, "fixed-length dedicated counter" method): the load's
 * start in milliseconds, a 42-bit counter, then 32 random bits. Consecutive rows get increasing
 * ids, so the primary key and the `(…, updated_at, id)` indexes grow at their right edge instead
 * of splitting pages all over — less work for the database on a bulk load.
 */
export function uuidV7Sequence(startMs: number, firstCounter = 0): () => string {
  const ts = Math.floor(startMs).toString(16).padStart(12, '0').slice(-12);
  const head = `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7`;
  let counter = firstCounter;
  const random = randomBytes(4 * 65_536);
  return () => {
    const c = counter++;
    const hi = Math.floor(c / 2 ** 30); // 12 bits → rand_a
    const lo = c % 2 ** 30; // 30 bits → after the variant bits
    const r = random.readUInt32BE((c % 65_536) * 4);
    const b = (0x2 << 30) | lo; // variant 10, then 30 counter bits
    return `${head}${hi.toString(16).padStart(3, '0')}-${(b >>> 16).toString(16).padStart(4, '0')}-${(b & 0xffff).toString(16).padStart(4, '0')}${r.toString(16).padStart(8, '0')}`;
  };
}

/** The payout columns of a talent row: the account sealed and masked, the holder, when it was set; empty when none. */
function payoutFields(ctx: AppContext, t: GeneratedTalent, stamp: string, percent: number): string {
  const account = syntheticPayoutAccount(t.idNumber, percent);
  if (!account) return ',,,,';
  return [account.bank, ctx.cipher.encrypt(account.accountNumber), maskAccountNumber(account.accountNumber), field(t.name), stamp].join(',');
}

/**
 * Seals personal data and renders talents as CSV rows; `employerIds[i]` is the id of pool entry i;
 * `payoutPercent` of them (by ID number) get a payout account.
 */
export function talentsCsv(
  ctx: AppContext,
  rows: readonly GeneratedTalent[],
  employerIds: readonly string[],
  stamp: string,
  nextId: () => string = randomUUID,
  payoutPercent = DEFAULT_PAYOUT_ACCOUNT_PERCENT,
): string {
  const { cipher } = ctx;
  let out = '';
  for (const t of rows) {
    out +=
      nextId() +
      ',' +
      field(t.name) +
      ',' +
      cipher.encrypt(t.mobile) +
      ',' +
      cipher.lookupHash('mobile', t.mobile) +
      ',' +
      cipher.encrypt(t.idNumber) +
      ',' +
      cipher.lookupHash('id', t.idNumber) +
      ',' +
      t.idNumber.slice(0, 4) +
      ',' +
      t.gender +
      ',' +
      t.birthDate +
      ',' +
      t.district +
      ',' +
      t.highestDegree +
      ',' +
      t.graduationDate +
      ',' +
      t.schoolTier +
      ',' +
      t.title +
      ',' +
      (t.titleDate ?? '') +
      ',' +
      t.skillLevel +
      ',' +
      (t.skillCertDate ?? '') +
      ',' +
      textArray(t.honors) +
      ',' +
      (t.employerIndex === null ? '' : employerIds[t.employerIndex]!) +
      ',' +
      (t.arrivalDate ?? '') +
      ',' +
      t.socialInsuranceMonths +
      ',' +
      bool(t.hukouInCity) +
      ',' +
      bool(t.ownsHomeInCity) +
      ',' +
      (t.firstHomePurchaseDate ?? '') +
      ',' +
      bool(t.livesInTalentApartment) +
      ',' +
      t.childrenSchoolAge +
      ',' +
      bool(t.spouseNeedsJob) +
      ',' +
      bool(t.isPostdoc) +
      ',' +
      (t.postdocCompletedDate ?? '') +
      ',' +
      t.engagementMode +
      ',' +
      t.onsiteDaysLastYear +
      ',' +
      t.specialPost +
      ',' +
      bool(t.dualAppointment) +
      ',' +
      t.licensedPatentsLastYear +
      ',' +
      t.yearsWorkedOutside +
      ',' +
      stamp +
      ',' +
      stamp +
      ',' +
      payoutFields(ctx, t, stamp, payoutPercent) +
      '\n';
  }
  return out;
}

/** Generates and loads a city; `onProgress` is called after every chunk. */
export async function seedCity(ctx: AppContext, opts: SeedOptions, onProgress?: (p: SeedProgress) => void): Promise<SeedReport> {
  const started = performance.now();
  const chunkSize = opts.chunkSize ?? 25_000;
  const referenceDate = opts.referenceDate ?? businessDate(ctx.clock.now());
  const stamp = ctx.clock.now().toISOString();
  const { talents: talentCount, employers: employerCount } = await countCity(ctx.db);
  if ((talentCount > 0 || employerCount > 0) && !opts.append) {
    throw fail('BOLE_SEED_NOT_EMPTY', { talents: talentCount, employers: employerCount });
  }

  // Appending: existing employers join the pool; existing identifiers must not be generated again.
  const existing: (EmployerRef & { id: string })[] = [];
  const takenCredit = new Set<string>([DEMO_CREDIT_CODE]);
  const takenIdHash = new Set<string>();
  const takenMobileHash = new Set<string>([ctx.cipher.lookupHash('mobile', DEMO_TALENT_MOBILE)]);
  if (employerCount > 0) {
    for (const e of await listEmployerRefs(ctx.db)) {
      existing.push(e);
      takenCredit.add(e.creditCode);
    }
  }
  if (talentCount > 0 && opts.talents > 0) {
    const taken = await listTalentHashes(ctx.db);
    for (const h of taken.idHashes) takenIdHash.add(h);
    for (const h of taken.mobileHashes) takenMobileHash.add(h);
  }
  const appending = takenIdHash.size > 0 || takenMobileHash.size > 1;
  const city = generateCity({
    talents: opts.talents,
    employers: opts.employers,
    seed: opts.seed,
    referenceDate,
    talentOrdinalBase: talentCount,
    employerOrdinalBase: employerCount,
    existingEmployers: existing,
    isReserved: (kind, value) => {
      if (kind === 'credit') return takenCredit.has(value);
      if (!appending) return kind === 'mobile' && value === DEMO_TALENT_MOBILE;
      return kind === 'id' ? takenIdHash.has(ctx.cipher.lookupHash('id', value)) : takenMobileHash.has(ctx.cipher.lookupHash('mobile', value));
    },
  });

  const employerIds = [...existing.map((e) => e.id), ...city.employers.map(() => randomUUID())];
  let employersDone = 0;
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  try {
    for (let i = 0; i < city.employers.length; i += chunkSize) {
      const slice = city.employers.slice(i, i + chunkSize).map((e, k) => ({ ...e, id: employerIds[existing.length + i + k]! }));
      await ctx.database.copyCsv('employers', EMPLOYER_COLUMNS, employersCsv(ctx, slice, stamp));
      employersDone += slice.length;
      onProgress?.({ phase: 'employers', done: employersDone, total: city.employers.length });
    }

    // Pipeline: render the next chunk while the database copies the previous ones (up to
    // `concurrency` COPYs at once on PostgreSQL, which runs each in its own backend; PGlite has
    // one). Rendering yields to the event loop every few hundred rows so the sockets keep flowing.
    const concurrency = Math.max(1, opts.concurrency ?? (ctx.database.kind === 'postgres' ? 2 : 1));
    const nextId = uuidV7Sequence(ctx.clock.now().getTime());
    for (const chunk of city.talents(chunkSize)) {
      let csv = '';
      for (let i = 0; i < chunk.length; i += YIELD_EVERY) {
        csv += talentsCsv(ctx, chunk.slice(i, i + YIELD_EVERY), employerIds, stamp, nextId, opts.payoutAccountPercent);
        if (inFlight.size) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const n = chunk.length;
      const copy: Promise<void> = ctx.database.copyCsv('talents', TALENT_COLUMNS, csv).then(() => {
        inFlight.delete(copy);
        done += n;
        onProgress?.({ phase: 'talents', done, total: opts.talents });
      });
      // A failed COPY surfaces through Promise.race / Promise.all, not as an unhandled rejection.
      copy.catch(() => undefined);
      inFlight.add(copy);
    }
    await Promise.all(inFlight);
  } catch (err) {
    await Promise.allSettled(inFlight);
    throw new SeedInterruptedError({ employers: employersDone, talents: done }, err);
  }

  if (opts.verifiedFacts !== false) await seedVerifiedFacts(ctx.db, stamp);
  await ctx.audit.record(ctx.db, null, {
    action: 'seed.city',
    entity: 'city',
    detail: { talents: opts.talents, employers: opts.employers, seed: opts.seed, referenceDate, append: Boolean(opts.append) },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    employers: city.employers.length,
    talents: done,
    seconds,
    rowsPerSecond: (city.employers.length + done) / seconds,
    referenceDate,
    tierComputed: false,
  };
}
