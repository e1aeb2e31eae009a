/**
 * Input objects for the peers, built from a profile before any timing starts: dates as day
 * numbers (CEL, JSON Logic, json-rules-engine, with custom date functions) or as ISO strings
 * (ZEN, which has calendar arithmetic built in). A person without an employer gets an
 * `employer` with empty fields, and every pack condition on `employer.*` also requires
 * `employedInCity`, so those conditions are false as the pack says.
 */
import { NO_DATE, parseDay } from '../dates.js';

const DATE_FIELDS = ['birthDate', 'graduationDate', 'titleDate', 'skillCertDate', 'arrivalDate', 'firstHomePurchaseDate', 'postdocCompletedDate'];

/** A profile object (pack field names) as a peer fact object; `dates` chooses day numbers or ISO strings. */
export function peerFacts(profile: Record<string, unknown>, at: string, dates: 'day' | 'iso'): Record<string, unknown> {
  const f: Record<string, unknown> = { ...profile };
  delete f['id'];
  const employer = profile['employer'] as { chain: string; kind: string; district: string; flags: string[] } | null;
  f['employedInCity'] = profile['employerId'] != null;
  f['employer'] = employer ?? { chain: '', kind: '', district: '', flags: [] };
  f['idNumber'] = profile['idNumber'] ?? '';
  f['at'] = dates === 'day' ? parseDay(at) : at;
  if (dates === 'day') for (const k of DATE_FIELDS) f[k] = profile[k] == null ? NO_DATE : parseDay(profile[k] as string);
  return f;
}

/** Flattens `employer.*` into dotted top-level keys (json-rules-engine facts). */
export function flatFacts(facts: Record<string, unknown>): Record<string, unknown> {
  const f: Record<string, unknown> = { ...facts };
  for (const [k, v] of Object.entries(facts['employer'] as object)) f[`employer.${k}`] = v;
  delete f['employer'];
  return f;
}
