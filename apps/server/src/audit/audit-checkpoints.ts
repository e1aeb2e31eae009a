/**
 * Signed checkpoints of the audit chain, kept outside the database (`<data>/audit/checkpoints.jsonl`,
 * one JSON line each): how many entries the log held and the hash of its last one, with an
 * HMAC under the audit key. Someone holding only the database cannot delete entries from the
 * end, truncate the table or rewrite it without `verify` noticing against these lines.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson, type ChainMac } from './audit-chain.js';

/** One checkpoint as written. */
export interface Checkpoint {
  at: string;
  count: number;
  headId: number;
  headHash: string;
  mac: string;
}

/** A checkpoint as read back, with whether its signature holds. */
export type ReadCheckpoint = Checkpoint & { valid: boolean };

const signed = (c: Omit<Checkpoint, 'mac'>) => `checkpoint\n${canonicalJson({ at: c.at, count: c.count, headId: c.headId, headHash: c.headHash })}`;

/** Signs a checkpoint. */
export function signCheckpoint(mac: ChainMac, c: Omit<Checkpoint, 'mac'>): Checkpoint {
  return { ...c, mac: mac(signed(c)) };
}

/** Reads every checkpoint in file order (none when the file does not exist yet). A line that does not parse is invalid. */
export function readCheckpoints(file: string, mac: ChainMac): ReadCheckpoint[] {
  if (!existsSync(file)) return [];
  const out: ReadCheckpoint[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      out.push({ ...c, valid: typeof c.mac === 'string' && mac(signed(c)) === c.mac });
    } catch {
      out.push({ at: '', count: 0, headId: 0, headHash: '', mac: '', valid: false });
    }
  }
  return out;
}

/** Appends a checkpoint (creating the folder, mode 0700, and the file, mode 0600). */
export function appendCheckpoint(file: string, c: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, `${JSON.stringify(c)}\n`, { mode: 0o600 });
}
