/**
 * Process configuration, read once from the environment and validated as a whole:
 * a bad start-up reports every wrong key together and the process refuses to start.
 */
import { z } from 'zod';
import { SIGNING_ALGS, type SigningAlgName } from '@bole/contracts';
import { resolve } from 'node:path';
import { repoPath } from './platform/paths.js';
import type { LoginLimits } from './auth/login-rules.js';

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BOLE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  BOLE_MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  BOLE_DATA_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (a 256-bit key)')
    .optional(),
  BOLE_PUBLIC_ORIGIN: z.string().url('must be a URL such as https://rc.example.gov.cn').optional(),
  BOLE_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  BOLE_REGISTER_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  BOLE_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(25),
  BOLE_TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      'must be false, true (one proxy), a hop count, or proxy addresses/CIDRs separated by commas',
    )
    .default('false'),
  BOLE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOLE_METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{32,256}$/, 'must be 32 to 256 printable characters without spaces (for example: openssl rand -hex 32)')
    .optional(),
  BOLE_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  BOLE_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  BOLE_CITY_DIR: z.string().min(1).optional(),
  BOLE_SMS_WEBHOOK_URL: z.string().url('must be the URL of an SMS gateway that accepts a JSON POST of { to, text }').optional(),
  BOLE_CLOCK_OFFSET_FILE: z.string().min(1).optional(),
  BOLE_EVIDENCE_STORE: z.enum(['local', 'database'], 'must be local (the data folder) or database (PostgreSQL, for several server nodes)').optional(),
  BOLE_SECOND_APPROVAL_ABOVE_FEN: z.coerce
    .number()
    .int('must be a whole number of fen (¥1 = 100 fen)')
    .min(0, 'must be 0 or more (0: every final approval of a paying benefit needs a second person)')
    .max(1e15)
    .default(5_000_000),
  BOLE_SERVICE_ESCALATION_MINUTES: z.coerce
    .number()
    .int()
    .min(0, 'must be 0 (off: run `bole service-desk escalate` from a timer) or more')
    .max(1440)
    .default(60),
  BOLE_SIGNING_ALG: z.enum(SIGNING_ALGS, 'must be EdDSA (Ed25519) or SM2 (国密 SM2 with SM3)').default('EdDSA'),
  BOLE_REGION_TRUST_LIST_URL: z.string().url('must be the URL of the region committee’s signed trust list').optional(),
  BOLE_REGION_COMMITTEE_JWKS: z.string().min(1).optional(),
  BOLE_REGION_REFRESH_SECONDS: z.coerce.number().int().min(5).max(86_400).default(300),
});

/** Validated configuration of one process. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The owner role's URL for migrations; DATABASE_URL's role then only uses the tables. */
  migrationDatabaseUrl: string | undefined;
  dataKeyHex: string | undefined;
  publicOrigin: string | undefined;
  logLevel: string;
  /** Sign-in attempts allowed per client address per minute. */
  loginRateLimit: number;
  /** Registrations (talent or employer) allowed per client address per hour: each costs a 64 MiB Argon2id hash. */
  registerRateLimit: number;
  /** Wrong-password limits (login-rules.ts); tests narrow them, the environment does not set them. */
  loginLimits?: LoginLimits;
  /** On SIGTERM, how long requests in flight may take to finish before they are cut. */
  shutdownGraceSeconds: number;
  /**
   * Which X-Forwarded-* values to believe: false (none), a number of proxy hops counted from
   * the server (true means one), or the proxies' addresses/CIDRs. Never "all": the left-most
   * X-Forwarded-For entry is written by the client.
   */
  trustProxy: boolean | number | string[];
  bodyLimit: number;
  /** The bearer token `/metrics` answers to; without one the endpoint is off. */
  metricsToken: string | undefined;
  seedDemo: boolean;
  /** The city's folder (its city.yaml and policy pack); `cities/zhuzhou` in the repository by default. */
  cityDir: string;
  /**
   * Browser tests only (refused in production): a file holding milliseconds to add to the wall
   * clock, so a test can let a week pass without touching any business rule.
   */
  clockOffsetFile: string | undefined;
  /** The SMS gateway recovery codes are posted to; none means the server log (development) or no SMS (production). */
  smsWebhookUrl: string | undefined;
  /**
   * The final approval of an application whose value (fen) exceeds this needs a second person of
   * the department (ADR 0015); ¥50,000 by default.
   */
  secondApprovalAboveFen: number;
  /**
   * Where evidence files are kept (ADR 0017): `local`, the data folder (one process), or
   * `database`, where every node on one PostgreSQL reaches them. By default `database` with
   * DATABASE_URL, `local` with the embedded PGlite.
   */
  evidenceStore: 'local' | 'database';
  /** How often each server process escalates overdue service requests, in minutes; 0: never (the command does). */
  serviceEscalationMinutes: number;
  /** What new talent-code signing keys are (`BOLE_SIGNING_ALG`): Ed25519 or SM2 with SM3; partners verify both. */
  signingAlg: SigningAlgName;
  /** The region (region/): where the committee's signed trust list is fetched, its public keys (JSON or a file), how often lists refresh. */
  region: { trustListUrl: string | undefined; committeeJwks: string | undefined; refreshSeconds: number };
}

/** BOLE_TRUST_PROXY as Fastify's trustProxy: `true` is one hop, never "trust every address". */
function trustProxyOf(v: string): false | number | string[] {
  if (v === 'false' || v === '0') return false;
  if (v === 'true') return 1;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((a) => a.trim());
}

/** Thrown when the environment is wrong; `problems` lists every bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The city folder an environment names (BOLE_CITY_DIR), for commands that need no database. */
export function cityDirOf(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.BOLE_CITY_DIR;
  return dir === undefined || dir === '' ? repoPath('cities', 'zhuzhou') : resolve(dir);
}

/** Reads and validates the configuration from an environment (default `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && c.BOLE_CLOCK_OFFSET_FILE !== undefined) {
    throw new ConfigError(['BOLE_CLOCK_OFFSET_FILE: moves the clock for browser tests; not allowed with NODE_ENV=production']);
  }
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.BOLE_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    migrationDatabaseUrl: c.BOLE_MIGRATION_DATABASE_URL,
    dataKeyHex: c.BOLE_DATA_KEY,
    publicOrigin: c.BOLE_PUBLIC_ORIGIN,
    logLevel: c.BOLE_LOG_LEVEL,
    trustProxy: trustProxyOf(c.BOLE_TRUST_PROXY),
    loginRateLimit: c.BOLE_LOGIN_RATE_LIMIT,
    registerRateLimit: c.BOLE_REGISTER_RATE_LIMIT,
    shutdownGraceSeconds: c.BOLE_SHUTDOWN_GRACE_SECONDS,
    bodyLimit: c.BOLE_BODY_LIMIT,
    metricsToken: c.BOLE_METRICS_TOKEN,
    seedDemo: c.BOLE_SEED_DEMO === 'true',
    cityDir: cityDirOf(env),
    clockOffsetFile: c.BOLE_CLOCK_OFFSET_FILE === undefined ? undefined : resolve(c.BOLE_CLOCK_OFFSET_FILE),
    smsWebhookUrl: c.BOLE_SMS_WEBHOOK_URL,
    secondApprovalAboveFen: c.BOLE_SECOND_APPROVAL_ABOVE_FEN,
    evidenceStore: c.BOLE_EVIDENCE_STORE ?? (c.DATABASE_URL ? 'database' : 'local'),
    serviceEscalationMinutes: c.BOLE_SERVICE_ESCALATION_MINUTES,
    signingAlg: c.BOLE_SIGNING_ALG,
    region: { trustListUrl: c.BOLE_REGION_TRUST_LIST_URL, committeeJwks: c.BOLE_REGION_COMMITTEE_JWKS, refreshSeconds: c.BOLE_REGION_REFRESH_SECONDS },
  };
}
