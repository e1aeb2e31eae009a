/**
 * Where a calculator request's time goes: the steps of `POST /api/v1/calculator` for a signed-in
 * talent, called one after another in this process against the bench's database (no HTTP, no
 * concurrency), each timed on its own — wall time per step, median and p99 over `n` requests
 * after a warm-up. Steps: the session lookup, the talent's row, decrypting the ID number, parsing
 * the profile, the pack in force (its freshness check), evaluation with the trace, rendering the
 * explanations, the confirmed view (verified facts and facts to confirm) and the response's
 * validation and JSON text.
 */
import { evaluate, parseProfile } from '@bole/engine';
import { calculatorResult } from '@bole/contracts';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { citySchema, cityValueNames } from '../../apps/server/src/city/city-file.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { createCipher } from '../../apps/server/src/personal-data/personal-data.js';
import { businessDate, systemClock } from '../../apps/server/src/platform/clock.js';
import { createContext } from '../../apps/server/src/platform/context.js';
import { findSessionByTokenHash } from '../../apps/server/src/auth/account.repository.js';
import { hashSecret } from '../../apps/server/src/auth/secrets.js';
import { findProfileRow } from '../../apps/server/src/policies/profile-source.repository.js';
import { profileInputOf } from '../../apps/server/src/policies/profile-input.js';
import { policyRegistryOf } from '../../apps/server/src/policies/policy-registry.js';
import { present } from '../../apps/server/src/policies/calculator.service.js';
import { readConfirmedInputs, withConfirmedView } from '../../apps/server/src/policies/calculator-confirmed.js';
import type { BenchWorld } from './http-setup.js';

/** Median and p99 of one step, in ms. */
export interface PhaseTime {
  phase: string;
  p50: number;
  p99: number;
  mean: number;
}

const STEPS = [
  'session lookup',
  'talent row',
  'ID decryption',
  'parse profile',
  'pack in force',
  'evaluate (trace)',
  'explanations',
  'confirmed view',
  'serialize',
];

/** Times the calculator's steps `n` times for the talent signed in with `cookie` (`bole_session=…`). */
export async function calculatorPhases(world: BenchWorld, cookie: string, n: number): Promise<PhaseTime[]> {
  const database = await openDatabase({ url: world.url, poolSize: 2 });
  try {
    const config = loadConfig({ NODE_ENV: 'production', BOLE_DATA_DIR: world.dataDir, BOLE_LOG_LEVEL: 'silent', DATABASE_URL: world.url });
    const ctx = createContext({ config, database, clock: systemClock, cipher: createCipher(Buffer.from(world.dataKeyHex, 'hex')) });
    const serialize = serializerCompiler({ schema: calculatorResult, method: 'POST', url: '/api/v1/calculator' });
    const token = cookie.slice(cookie.indexOf('=') + 1);
    const times = STEPS.map(() => [] as number[]);
    let t = 0;
    const lap = (i: number) => {
      const now = performance.now();
      times[i]!.push(now - t);
      t = now;
    };
    const once = async () => {
      const at = businessDate(ctx.clock.now());
      t = performance.now();
      const found = await findSessionByTokenHash(ctx.db, hashSecret(token));
      lap(0);
      const row = (await findProfileRow(ctx.db, found!.user.talentId!))!;
      lap(1);
      const idNumber = row.idNumberEnc ? ctx.cipher.decrypt(row.idNumberEnc) : null;
      lap(2);
      const parsed = parseProfile(profileInputOf(row, idNumber), at, citySchema(ctx.city));
      if (!parsed.ok) throw new Error('profile does not parse');
      lap(3);
      const resolved = (await policyRegistryOf(ctx).packAt(at))!;
      lap(4);
      const ev = evaluate(resolved.pack, parsed.profile, at);
      lap(5);
      const result = present(ev, resolved, { kind: 'self', id: row.id }, cityValueNames(ctx.city));
      lap(6);
      const full = withConfirmedView(ctx, await readConfirmedInputs(ctx, row.id, at), resolved, result);
      lap(7);
      serialize(full);
      lap(8);
    };
    for (let i = 0; i < 50; i++) await once();
    for (const x of times) x.length = 0;
    for (let i = 0; i < n; i++) await once();
    return STEPS.map((phase, i) => {
      const s = times[i]!.sort((a, b) => a - b);
      const at = (p: number) => Number(s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(3));
      return { phase, p50: at(0.5), p99: at(0.99), mean: Number((s.reduce((a, b) => a + b, 0) / s.length).toFixed(3)) };
    });
  } finally {
    await database.close();
  }
}
