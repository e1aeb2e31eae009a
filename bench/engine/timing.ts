/** Timing helpers for the benchmarks: medians over repeated runs, percentiles, the machine. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The p-th percentile (0–100, nearest rank) of a list of numbers. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/**
 * Milliseconds of each run: wall clock, and CPU time of this process (user + system). On a
 * shared, loaded machine the CPU time is the better estimate of the work done, since wall
 * time also counts the slices the scheduler gave to other processes.
 */
export interface Runs {
  wall: number[];
  cpu: number[];
}

/** Wall and CPU milliseconds of one call. */
export function clock(): () => { wall: number; cpu: number } {
  const t = performance.now();
  const c = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(c);
    return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
  };
}

/** Runs `fn` once to warm up, then `runs` times. */
export function timeSync(runs: number, fn: () => void): Runs {
  fn();
  const out: Runs = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    const stop = clock();
    fn();
    const s = stop();
    out.wall.push(s.wall);
    out.cpu.push(s.cpu);
  }
  return out;
}

/** Async variant of `timeSync`; `warm` runs once untimed first. */
export async function timeAsync(runs: number, fn: () => Promise<void>, warm: () => Promise<void>): Promise<Runs> {
  await warm();
  const out: Runs = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    const stop = clock();
    await fn();
    const s = stop();
    out.wall.push(s.wall);
    out.cpu.push(s.cpu);
  }
  return out;
}

/** One line per fact about the machine the figures come from. */
export function machine(): string[] {
  const cpus = os.cpus();
  let affinity = '?';
  try {
    affinity = /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '?';
  } catch {
    /* not Linux */
  }
  return [
    `cpu: ${cpus[0]?.model ?? '?'} × ${cpus.length} (this process pinned to cpu ${affinity})`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`,
    `load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  ];
}

/** Formats rows as an aligned text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const w = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]): string => r.map((x, c) => (c === 0 ? x.padEnd(w[c]!) : x.padStart(w[c]!))).join('  ');
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}
