/** CPU accounting of a temporary PostgreSQL server, for the database benchmarks. */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds of the PostgreSQL server listening on `port` and its children (live and reaped). */
export function serverCpuSeconds(port: number | undefined): number {
  if (port === undefined) return 0;
  const tick = 100; // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; cpu: number; cmd: string }>();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      stats.set(Number(p), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]), cmd });
    } catch {
      // the process ended meanwhile
    }
  }
  const master = [...stats].find(([, s]) => s.cmd.includes(`-p\0${port}`) || s.cmd.includes(`-p ${port}`))?.[0];
  if (master === undefined) return 0;
  let ticks = 0;
  for (const [pid, s] of stats) if (pid === master || s.ppid === master) ticks += s.cpu;
  return ticks / tick;
}
