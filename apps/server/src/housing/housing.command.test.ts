import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import type { HousingPublishedRound } from '@bole/contracts';
import { allocateRound, ALLOCATION_CODE_VERSION, eligibleListHash, type RoundInputs } from './allocation.js';
import { registerHousingCommands } from './housing.command.js';

const dir = mkdtempSync(join(tmpdir(), 'bole-housing-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A round of 6 applicants for 3 units as `GET …/published` gives it. */
function publishedRound(): HousingPublishedRound {
  const tiers = ['A', 'E', 'E', null, 'B', 'E'] as const;
  const inputs: RoundInputs = {
    round: 'R2026B',
    seed: 'cd'.repeat(32),
    stock: [
      { unitType: 'HX01/one_bedroom', units: ['HX01-101', 'HX01-102'] },
      { unitType: 'HX01/two_bedroom', units: ['HX01-201'] },
    ],
    eligible: tiers.map((tier, i) => ({
      applicationNumber: `R2026B-00000${i + 1}`,
      tier,
      choices: i % 2 ? ['HX01/two_bedroom', 'HX01/one_bedroom'] : ['HX01/one_bedroom'],
    })),
  };
  const result = allocateRound(inputs);
  return {
    round: inputs.round,
    codeVersion: ALLOCATION_CODE_VERSION,
    rules: 'tier, then lottery number',
    beacon: 'drand quicknet round 1',
    seed: inputs.seed,
    eligibleHash: eligibleListHash(inputs.eligible),
    stock: inputs.stock,
    eligible: inputs.eligible as HousingPublishedRound['eligible'],
    placements: result.placements.map((p) => ({
      applicationNumber: p.applicationNumber,
      lottery: p.lottery,
      position: p.position,
      unitType: p.unitType,
      unit: p.unit,
    })),
    cutoffs: result.cutoffs as HousingPublishedRound['cutoffs'],
  };
}

/** Runs `bole housing verify ROUND --from FILE`; returns what it printed and the exit code it set. */
async function verify(round: string, file: string): Promise<{ out: string; exitCode: number | undefined }> {
  const program = new Command().exitOverride();
  registerHousingCommands(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'bole', 'housing', 'verify', round, '--from', file]);
  } finally {
    write.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { out, exitCode: typeof exitCode === 'number' ? exitCode : undefined };
}

describe('bole housing verify ROUND --from FILE', () => {
  afterEach(() => vi.restoreAllMocks());

  it('agrees with an honest published round, without a database', async () => {
    const file = join(dir, 'honest.json');
    writeFileSync(file, JSON.stringify(publishedRound()));
    const { out, exitCode } = await verify('R2026B', file);
    expect(out).toContain('6 eligible applicants, 3 units');
    expect(out).toContain('AGREES');
    expect(exitCode).toBeUndefined();
  });

  it('names each difference and exits 1 when a unit was moved or the list changed after its hash', async () => {
    const p = publishedRound();
    const last = p.placements[p.placements.length - 1]!;
    const forged = { ...p, placements: p.placements.map((x) => (x === last ? { ...x, unitType: 'HX01/one_bedroom', unit: 'HX01-101' } : x)) };
    forged.eligible = [...p.eligible.slice(1), { ...p.eligible[0]!, tier: 'A' as const, choices: ['HX01/two_bedroom'] }];
    const file = join(dir, 'forged.json');
    writeFileSync(file, JSON.stringify(forged));
    const { out, exitCode } = await verify('R2026B', file);
    expect(out).toContain('DOES NOT AGREE');
    expect(out).toContain('does not match its published hash');
    expect(out).toContain(`${last.applicationNumber}:`);
    expect(exitCode).toBe(1);
  });

  it('refuses a file of another round or not a published round', async () => {
    const file = join(dir, 'other.json');
    writeFileSync(file, JSON.stringify(publishedRound()));
    await expect(verify('R2026C', file)).rejects.toThrow('holds round R2026B, not R2026C');
    writeFileSync(file, JSON.stringify({ round: 'R2026B' }));
    await expect(verify('R2026B', file)).rejects.toThrow('not a published round');
  });
});
