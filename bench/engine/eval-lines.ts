/**
 * The `bole eval` path end to end — read a JSON-lines file, parse, validate, evaluate, write the
 * result lines to a file — against the plain per-person implementation doing the same work
 * (peers/plain-eval.ts), on the benchmark's population written as JSON lines. Both outputs must
 * be byte-identical. Timed like the rest: a warm-up, then the median of runs.
 */
import { appendFileSync, createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { evalLines } from '../../apps/server/src/cli/eval.command.js';
import { jsonLinesEvaluator } from './engineAdapter.js';
import { plainEval } from './peers/plain-eval.js';
import type { Population } from './population.js';
import { toProfile } from './population.js';
import { clock, type Runs } from './timing.js';

/** What the JSON-lines comparison measured. */
export interface EvalLinesMeasured {
  people: number;
  bytes: number;
  engine: Runs;
  plain: Runs;
  /** Whether both wrote the same bytes and the same messages. */
  identical: boolean;
}

async function finished(out: Writable): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** Writes `people` profiles as JSON lines and times both implementations `runs` times (after one warm-up each). */
export async function measureEvalLines(
  pack: Parameters<typeof jsonLinesEvaluator>[0],
  pop: Population,
  people: number,
  at: string,
  runs: number,
): Promise<EvalLinesMeasured> {
  const dir = mkdtempSync(join(tmpdir(), 'bole-eval-bench-'));
  try {
    const input = join(dir, 'profiles.jsonl');
    writeFileSync(input, '');
    for (let from = 0; from < people; from += 10_000) {
      let text = '';
      for (let i = from; i < Math.min(people, from + 10_000); i++) text += JSON.stringify(toProfile(pop, i)) + '\n';
      appendFileSync(input, text);
    }
    const messages = { engine: '', plain: '' };
    const sink = (k: keyof typeof messages) => new Writable({ write: (c: Buffer, _e, done) => ((messages[k] += c.toString()), done()) });
    const engine = async (): Promise<void> => {
      const out = createWriteStream(join(dir, 'engine.out'));
      await evalLines(jsonLinesEvaluator(pack, at), input, out, sink('engine'));
      await finished(out);
    };
    const plain = async (): Promise<void> => {
      const out = createWriteStream(join(dir, 'plain.out'));
      await plainEval(createReadStream(input), out, at, sink('plain'));
      await finished(out);
    };
    const time = async (fn: () => Promise<void>): Promise<Runs> => {
      await fn();
      const r: Runs = { wall: [], cpu: [] };
      for (let k = 0; k < runs; k++) {
        (globalThis as { gc?: () => void }).gc?.();
        const stop = clock();
        await fn();
        const s = stop();
        r.wall.push(s.wall);
        r.cpu.push(s.cpu);
      }
      return r;
    };
    const e = await time(engine);
    const p = await time(plain);
    const identical = readFileSync(join(dir, 'engine.out')).equals(readFileSync(join(dir, 'plain.out'))) && messages.engine === messages.plain;
    return { people, bytes: readFileSync(input).length, engine: e, plain: p, identical };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
