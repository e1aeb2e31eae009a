/**
 * The pure part of the audit chain: each entry's hash is an HMAC-SHA-256, under a key kept
 * outside the database, over the previous hash and the entry's canonical JSON — changing,
 * inserting or removing a row breaks the chain, and someone holding only the database cannot
 * recompute it. Entries written before the chain was keyed carry a plain SHA-256 (no prefix);
 * they are accepted only up to a signed checkpoint that covers them (the first start after the
 * upgrade writes one), never after a keyed entry.
 */
import { createHash } from 'node:crypto';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that the hash covers. */
export interface ChainedFields {
  id: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** JSON with object keys sorted at every level, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** A keyed MAC (hex) over a string: the audit key never lives in the database. */
export type ChainMac = (data: string) => string;

/** Prefix of a keyed entry hash. */
export const KEYED_PREFIX = 'k1:';

const hashedText = (prevHash: string, f: ChainedFields) => `${prevHash}\n${canonicalJson({ ...f, at: new Date(f.at).toISOString() })}`;

/** The unkeyed hash of an entry written before the chain was keyed (verification only). */
export function legacyChainHash(prevHash: string, f: ChainedFields): string {
  return createHash('sha256').update(hashedText(prevHash, f)).digest('hex');
}

/** The keyed hash of an entry given the previous entry's hash. */
export function chainHash(mac: ChainMac, prevHash: string, f: ChainedFields): string {
  return KEYED_PREFIX + mac(hashedText(prevHash, f));
}

/** Result of walking the chain. */
export type ChainCheck = { ok: true; count: number } | { ok: false; count: number; brokenAtId: number; reason: string };

type ChainRow = ChainedFields & { prevHash: string; hash: string };

/** Checks rows one at a time, in id order, so a long chain streams through in pages. */
export function createChainChecker(mac: ChainMac, legacyUpTo = 0, startPrev = GENESIS_HASH) {
  let prev = startPrev;
  let count = 0;
  let keyed = false;
  return {
    /** Returns the failure at this row, or null while the chain holds. */
    push(row: ChainRow): ChainCheck | null {
      count++;
      if (row.prevHash !== prev) {
        return { ok: false, count, brokenAtId: row.id, reason: 'prev_hash does not match the previous entry (a row was removed or inserted)' };
      }
      const { prevHash: _p, hash, ...fields } = row;
      const isKeyed = hash.startsWith(KEYED_PREFIX);
      if (!isKeyed && (keyed || row.id > legacyUpTo)) {
        return { ok: false, count, brokenAtId: row.id, reason: 'the entry has no keyed hash (the row was edited and its hash recomputed)' };
      }
      keyed ||= isKeyed;
      if ((isKeyed ? chainHash(mac, prev, fields) : legacyChainHash(prev, fields)) !== hash) {
        return { ok: false, count, brokenAtId: row.id, reason: 'the row content does not match its hash (the row was edited)' };
      }
      prev = hash;
      return null;
    },
    result(): ChainCheck {
      return { ok: true, count };
    },
  };
}

/** Walks rows in id order and reports the first broken link. */
export function checkChain(mac: ChainMac, rows: Iterable<ChainRow>, legacyUpTo = 0, startPrev = GENESIS_HASH): ChainCheck {
  const checker = createChainChecker(mac, legacyUpTo, startPrev);
  for (const row of rows) {
    const broken = checker.push(row);
    if (broken) return broken;
  }
  return checker.result();
}
