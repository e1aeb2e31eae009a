/**
 * The 长株潭 region for browser tests: starts `scripts/region.mjs` (three real server processes
 * and the committee's trust list) on the region ports (E2E_REGION_PORT), reads its `REGION <adminCode> <baseUrl>`
 * lines, and stops it. An instance can be stopped alone (a partner going down).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The member cities' administrative codes. */
export const ZHUZHOU = '430200';
export const CHANGSHA = '430100';
export const XIANGTAN = '430300';

/** A running region. */
export interface Region {
  /** Base URL of each instance by administrative code. */
  readonly baseUrl: Readonly<Record<string, string>>;
  /** Where the committee publishes the signed trust list. */
  readonly trustListUrl: string;
  /** The region's data folder (instances.json, each instance's folder and server.log). */
  readonly dir: string;
  /** Stops one instance (SIGTERM, as an operator would), waits until it no longer answers. */
  stopInstance(adminCode: string): Promise<void>;
  /** Stops the launcher and with it every instance. */
  stop(): Promise<void>;
}

/**
 * Starts the region on three ports from E2E_REGION_PORT (5420 by default; the trust list on the
 * fourth), so two runs on one machine can use two ranges; resolves once every REGION line is printed.
 */
export async function startRegion(opts: { refreshSeconds: number; timeoutMs: number }): Promise<Region> {
  const dir = mkdtempSync(join(tmpdir(), 'bole-e2e-region-'));
  const first = Number(process.env.E2E_REGION_PORT ?? 5420);
  const ports = [first, first + 1, first + 2].join(',');
  const args = ['scripts/region.mjs', '--dir', dir, '--ports', ports, '--refresh-seconds', String(opts.refreshSeconds), '--clock-offset'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
  const baseUrl: Record<string, string> = {};
  let trustListUrl = '';
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Stop what started (the launcher stops its instances) so no process outlives the test.
      child.kill('SIGTERM');
      reject(new Error(`the region did not start in ${opts.timeoutMs} ms:\n${output}`));
    }, opts.timeoutMs);
    const onLine = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        const region = /^REGION (\d{6}) (\S+)$/.exec(line);
        if (region) baseUrl[region[1]!] = region[2]!;
        const trust = /^TRUST-LIST (\S+)$/.exec(line);
        if (trust) trustListUrl = trust[1]!;
      }
      if (Object.keys(baseUrl).length === 3) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the region launcher exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl,
    trustListUrl,
    dir,
    async stopInstance(adminCode) {
      const instances = JSON.parse(readFileSync(join(dir, 'instances.json'), 'utf8')) as { adminCode: string; pid: number }[];
      process.kill(instances.find((i) => i.adminCode === adminCode)!.pid, 'SIGTERM');
      for (let i = 0; i < 100; i++) {
        if (!(await answers(baseUrl[adminCode]!))) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${adminCode} still answers after SIGTERM`);
    },
    stop: () => stopChild(child),
  };
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/api/health/live`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
