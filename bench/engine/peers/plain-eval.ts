/**
 * The peer of `bole eval`: the same JSON-lines work done the plain way, one person at a time —
 * read the lines (readline), `JSON.parse` each, validate it with `parseProfile` (the same
 * messages), evaluate the whole pack for that person as written literally in policy-pack.md
 * (`referenceAnswers`), apply values and 就高不重复, and write one `JSON.stringify` line per
 * profile. Its output and its messages must be byte-identical to `bole eval`'s.
 *
 *   node --import tsx bench/engine/peers/plain-eval.ts --at 2026-07-01 --input profiles.jsonl [--output out.jsonl]
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { referenceAnswers, type ProfileLike } from '../../handwritten-kernel.js';
import { parseProfileResult } from '../engineAdapter.js';
import { PERIODS, POLICY_IDS, finishPerson } from '../pack-common.js';

/** Policy indexes in the order results list them (by policy id). */
const BY_ID = POLICY_IDS.map((id, k) => [id, k] as const)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, k]) => k);

/** One result line for a valid profile. */
function resultLine(profile: ProfileLike & { id: string | number }, at: string): string {
  const { tier, answers } = referenceAnswers(profile, at);
  const outcome = finishPerson(tier, answers);
  const benefits: { policy: string; amountFen: number; period: string; months: number; valueFen: number }[] = [];
  for (const k of BY_ID) {
    const p = outcome.policies[k]!;
    if (p.granted) benefits.push({ policy: POLICY_IDS[k]!, amountFen: p.amountFen, period: PERIODS[k]!, months: answers[k]!.months, valueFen: p.valueFen });
  }
  return JSON.stringify({ id: profile.id, tier, benefits });
}

/** Evaluates a JSON-lines stream; bad lines go to `errors` as `bole eval` words them. Returns the number of bad lines. */
export async function plainEval(input: NodeJS.ReadableStream, out: Writable, at: string, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    const text = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      failed++;
      errors.write(`line ${lineNo}: invalid JSON: ${(err as Error).message}\n`);
      continue;
    }
    const res = parseProfileResult(json, at);
    if (!res.ok) {
      failed++;
      const id = typeof json === 'object' && json !== null && 'id' in json ? ` (id ${JSON.stringify((json as { id: unknown }).id)})` : '';
      for (const e of res.errors) errors.write(`line ${lineNo}${id}: ${e.field}: ${e.message}\n`);
      continue;
    }
    if (!out.write(resultLine(res.profile as unknown as ProfileLike & { id: string | number }, at) + '\n')) await once(out, 'drain');
  }
  return failed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { at: { type: 'string' }, input: { type: 'string' }, output: { type: 'string' } } });
  if (!values.at || !values.input) throw new Error('usage: plain-eval --at YYYY-MM-DD --input FILE [--output FILE]');
  const out = values.output ? createWriteStream(values.output) : process.stdout;
  const failed = await plainEval(values.input === '-' ? process.stdin : createReadStream(values.input), out, values.at, process.stderr);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  if (failed > 0) {
    process.stderr.write(`${failed} line(s) failed\n`);
    process.exitCode = 1;
  }
}
