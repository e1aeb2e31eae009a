import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { threadsFor } from './eval.command.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const BIN = join(ROOT, 'apps', 'server', 'bin', 'bole.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bole(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'bole-eval-'));
const EMPLOYER = { chain: 'rail', kind: 'enterprise', district: '天元区', flags: ['high_tech'] };
const doctor = {
  id: 'doc',
  birthDate: '1990-05-01',
  highestDegree: 'doctorate',
  graduationDate: '2025-06-30',
  employerId: 'e1',
  employer: EMPLOYER,
  arrivalDate: '2025-07-01',
  socialInsuranceMonths: 8,
};
const bachelor = {
  id: 42,
  birthDate: '2002-09-01',
  highestDegree: 'bachelor',
  graduationDate: '2025-06-30',
  employerId: 'e2',
  employer: { chain: 'electronics', kind: 'enterprise', district: '石峰区' },
  socialInsuranceMonths: 10,
};

describe.concurrent('bole eval', { timeout: 90_000 }, () => {
  it('writes one JSON line per valid profile and reports bad lines with line number and field', async () => {
    const input = join(tmp, 'mixed.jsonl');
    const lines = [
      JSON.stringify(doctor),
      '',
      JSON.stringify({ id: 'bad', birthDate: '1990-02-30', highestDegree: 'doctorate' }),
      '{oops',
      JSON.stringify(bachelor),
      '   ',
      JSON.stringify({ id: 'none', birthDate: '2000-01-01', highestDegree: 'secondary' }),
    ];
    writeFileSync(input, lines.join('\n') + '\n');
    const r = await bole(['eval', '--at', '2026-07-01', '--input', input]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('line 3 (id "bad"): birthDate: is not a valid date: "1990-02-30"');
    expect(r.stderr).toMatch(/line 4: invalid JSON/);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; tier: unknown; benefits: { policy: string }[] });
    expect(out.map((o) => o.id)).toEqual(['doc', 42, 'none']);
    expect(out[0]).toEqual({
      id: 'doc',
      tier: 'D',
      benefits: [
        { policy: 'hukou-settlement', amountFen: 0, period: 'once', months: 1, valueFen: 0 },
        { policy: 'settle-allowance', amountFen: 15000000, period: 'once', months: 1, valueFen: 15000000 },
        { policy: 'talent-apartment', amountFen: 300000, period: 'month', months: 36, valueFen: 10800000 },
      ],
    });
    expect(out[1]!.tier).toBeNull();
    expect(out[1]!.benefits.map((b) => b.policy)).toEqual(['graduate-living-allowance', 'hukou-settlement', 'rent-subsidy']);
    expect(out[1]!.benefits[0]).toEqual({ policy: 'graduate-living-allowance', amountFen: 60000, period: 'month', months: 36, valueFen: 2160000 });
    expect(out[2]).toEqual({ id: 'none', tier: null, benefits: [] });
  });

  it('reads stdin, writes --output and exits 0 when every line is valid', async () => {
    const output = join(tmp, 'out.jsonl');
    const r = await bole(['eval', '--at', '2026-06-30', '--input', '-', '--output', output], `${JSON.stringify(bachelor)}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const line = JSON.parse(readFileSync(output, 'utf8').trim()) as { benefits: { policy: string; amountFen: number }[] };
    expect(line.benefits.find((b) => b.policy === 'graduate-living-allowance')!.amountFen).toBe(50000);
  });

  it('streams many lines in batches', async () => {
    const input = join(tmp, 'many.jsonl');
    const n = 30_000;
    const rows: string[] = [];
    for (let i = 0; i < n; i++) rows.push(JSON.stringify({ ...(i % 2 ? doctor : bachelor), id: `p${i}` }));
    writeFileSync(input, rows.join('\n'));
    const r = await bole(['eval', '--at', '2026-07-01', '--input', input]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(n);
    expect(JSON.parse(out[n - 1]!)).toMatchObject({ id: `p${n - 1}`, tier: 'D' });
  });

  it('gives the same lines and the same numbered errors on several threads as on one', async () => {
    // Long enough for several 4 MiB chunks, with bad lines in every chunk and a BOM on line 1.
    const input = join(tmp, 'threads.jsonl');
    const rows: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      if (i % 4_999 === 3) rows.push(JSON.stringify({ id: `bad${i}`, birthDate: '1990-02-30', highestDegree: 'doctorate' }));
      else if (i % 7_919 === 5) rows.push('{oops');
      else rows.push(JSON.stringify({ ...(i % 3 ? doctor : bachelor), id: `p${i}-${'x'.repeat(i % 200)}` }));
    }
    writeFileSync(input, '\uFEFF' + rows.join('\n') + '\n');
    const one = await bole(['eval', '--at', '2026-07-01', '--input', input, '--threads', '1']);
    const three = await bole(['eval', '--at', '2026-07-01', '--input', input, '--threads', '3']);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('line 5003 (id "bad5002"): birthDate: is not a valid date');
    expect(one.stderr).toMatch(/line 7925: invalid JSON/);
    expect(one.stdout.split('\n').length).toBeGreaterThan(39_000);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
  });

  it('refuses a thread count that is not a whole number from 1 to 64', async () => {
    const r = await bole(['eval', '--at', '2026-07-01', '--input', '-', '--threads', '0']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('a whole number from 1 to 64');
  });

  it('uses threads by default only for a large file on 4 cores or more', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'bole-threads-')), 'big.jsonl');
    writeFileSync(big, '');
    truncateSync(big, 40 << 20); // sparse: the size is all that is read
    expect(threadsFor(big, undefined, 2)).toBe(1);
    expect(threadsFor(big, undefined, 8)).toBe(4);
    expect(threadsFor('-', undefined, 8)).toBe(1);
    expect(threadsFor(big, 3, 2)).toBe(3);
  });

  it('rejects an invalid --at', async () => {
    const r = await bole(['eval', '--at', '2026-02-30', '--input', '-']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--at must be a valid date');
  });
});

describe.concurrent('bole explain', { timeout: 90_000 }, () => {
  const input = join(tmp, 'profile.json');
  writeFileSync(input, JSON.stringify({ ...doctor, arrivalDate: '2023-03-01', socialInsuranceMonths: 4 }));

  it('explains in zh-CN by default', async () => {
    const r = await bole(['explain', '--at', '2026-03-01', '--input', input]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('人才层次：D 类');
    expect(r.stdout).toContain('本市社保缴纳月数需不低于6（目前为4）');
  });

  it('explains one policy in English', async () => {
    const r = await bole(['explain', '--at', '2026-03-01', '--input', input, '--policy', 'settle-allowance', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('months of social insurance in the city must be at least 6 (now 4)');
    expect(r.stdout).toContain('date of arrival in the city must be on or after 2023-03-02');
  });

  it('reports input errors by field', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'b', birthDate: '1990-01-01', highestDegree: 'mastr' }));
    const r = await bole(['explain', '--at', '2026-03-01', '--input', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('highestDegree: unknown value "mastr"');
  });
});
