/**
 * What every business area is built from: the database, configuration, clock, the personal
 * data cipher, the audit log and the holiday calendar. `buildApp` and the CLI create one; tests create one on a
 * fresh database with a fixed clock.
 */
import type { Config } from '../config.js';
import type { Database, Db } from '../db/database.js';
import type { Clock } from './clock.js';
import type { PersonalDataCipher } from '../personal-data/personal-data.js';
import type { AuditLog } from '../audit/audit.service.js';
import { join } from 'node:path';
import { createAuditLog } from '../audit/audit.service.js';
import { createCalendarStore, type CalendarStore } from '../calendar/calendar-store.js';
import { moduleHooks, type ModuleHooks } from './hooks.js';
import { loadCity, type City } from '../city/city-file.js';
import { smsSenderOf, type SmsSender } from '../auth/sms-sender.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';

/** Shared dependencies of services and routes. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  cipher: PersonalDataCipher;
  audit: AuditLog;
  /** The holiday calendar deadlines are computed on (loaded from the database; see calendar-store.ts). */
  calendar: CalendarStore;
  /** The city served: its districts, chains, departments and workflow roles (city/city-file.ts). */
  city: City;
  /** Listeners and checkers modules register for each other's announcements and questions (hooks.ts). */
  hooks: ModuleHooks;
  /** Sends text messages (recovery codes); null when this instance has no SMS (see auth/sms-sender.ts). */
  sms: SmsSender | null;
  /** The Prometheus metrics of this instance (observability/metrics.ts), exposed at `/metrics`. */
  metrics: Metrics;
}

/** Assembles a context from its parts; the city is read from `config.cityDir` unless given. */
export function createContext(parts: {
  config: Config;
  database: Database;
  clock: Clock;
  cipher: PersonalDataCipher;
  city?: City;
  sms?: SmsSender | null;
}): AppContext {
  const city = parts.city ?? loadCity(parts.config.cityDir);
  const audit = createAuditLog(parts.database.db, parts.clock, {
    mac: (data) => parts.cipher.auditMac(data),
    checkpointFile: join(parts.config.dataDir, 'audit', 'checkpoints.jsonl'),
  });
  return {
    ...parts,
    sms: parts.sms === undefined ? smsSenderOf(parts.config) : parts.sms,
    city,
    db: parts.database.db,
    audit,
    calendar: createCalendarStore(parts.database.db, parts.clock),
    hooks: moduleHooks(),
    metrics: createMetrics({ database: parts.database, clock: parts.clock }),
  };
}
