/**
 * Escalation on a schedule: each server process escalates overdue requests by itself, a level
 * once however often it runs and however many processes run it at once; the app starts the
 * schedule from its configuration and stops it on close.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { ServiceEscalation } from '@bole/contracts';
import { buildApp } from '../app.js';
import { serviceDeskHarness } from './service-desk-testing.js';
import { scheduleEscalation } from './service-escalation.schedule.js';
import { escalateOverdue } from './service-escalation.service.js';

const { h, talent, filed, open, close } = serviceDeskHarness();
beforeAll(() => open());
afterAll(() => close());
afterEach(() => {
  vi.useRealTimers();
  h.ctx.clock.set('2026-07-15T02:00:00Z');
});

/** How many times each escalation step was written for a request, and how many notices it sent. */
async function escalations(id: string) {
  const r = (await h.ctx.db.execute(sql`select
      (select count(*)::int from service_steps where request_id = ${id} and action = 'escalate_head') head,
      (select count(*)::int from service_steps where request_id = ${id} and action = 'escalate_office') office,
      (select count(*)::int from notifications where payload->>'requestId' = ${id} and payload->>'action' like 'escalate_%') notices`)) as unknown as {
    rows: { head: number; office: number; notices: number }[];
  };
  return r.rows[0]!;
}

/** Runs the schedule every 20 ms until it has run `runs` times; every run's result. */
async function runSchedule(runs: number): Promise<ServiceEscalation[]> {
  const results: ServiceEscalation[] = [];
  const failures: unknown[] = [];
  const stop = scheduleEscalation(h.ctx, 20, { ran: (r) => results.push(r), failed: (e) => failures.push(e) });
  await expect.poll(() => results.length + failures.length, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(runs);
  await stop();
  expect(failures).toEqual([]);
  return results;
}

describe('escalation on a schedule', () => {
  it('escalates an overdue request to the head, later to the office, each once however often it runs', async () => {
    const t = await talent();
    const { id } = await filed(t);
    h.ctx.clock.set('2026-07-17T02:00:00Z'); // first contact was due Thursday 16 July
    const first = await runSchedule(3);
    expect(first.flatMap((r) => r.toHead).filter((x) => x === id)).toHaveLength(1);
    expect(await escalations(id)).toEqual({ head: 1, office: 0, notices: 1 });

    h.ctx.clock.set('2026-07-21T02:00:00Z'); // three working days overdue
    const second = await runSchedule(3);
    expect(second.flatMap((r) => r.toOffice).filter((x) => x === id)).toHaveLength(1);
    expect(second.flatMap((r) => r.toHead)).not.toContain(id);
    expect(await escalations(id)).toEqual({ head: 1, office: 1, notices: 2 });
  });

  it('escalates once when two processes run it at the same moment', async () => {
    const t = await talent();
    const { id } = await filed(t);
    h.ctx.clock.set('2026-07-17T02:00:00Z');
    const [a, b] = await Promise.all([escalateOverdue(h.ctx), escalateOverdue(h.ctx)]);
    expect([...a!.toHead, ...b!.toHead].filter((x) => x === id)).toHaveLength(1);
    expect(await escalations(id)).toEqual({ head: 1, office: 0, notices: 1 });
  });

  it('runs in the server every BOLE_SERVICE_ESCALATION_MINUTES, and not at all with 0', async () => {
    const t = await talent();
    const { id } = await filed(t);
    h.ctx.clock.set('2026-07-17T02:00:00Z');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const off = await buildApp({ ctx: { ...h.ctx, config: { ...h.ctx.config, serviceEscalationMinutes: 0 } }, logger: false });
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    await off.close();
    expect(await escalations(id)).toEqual({ head: 0, office: 0, notices: 0 });

    const every = await buildApp({ ctx: { ...h.ctx, config: { ...h.ctx.config, serviceEscalationMinutes: 5 } }, logger: false });
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(await escalations(id)).toEqual({ head: 0, office: 0, notices: 0 });
    await vi.advanceTimersByTimeAsync(60_000);
    await every.close(); // waits for the run in progress
    expect(await escalations(id)).toEqual({ head: 1, office: 0, notices: 1 });
  });
});
