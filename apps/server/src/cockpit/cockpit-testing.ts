/** Hand-made cockpit records for tests (any module's tables, as test helpers may). */
import type { FastifyInstance } from 'fastify';
import type { CockpitRefreshJobDto } from '@bole/contracts';
import { sql } from 'drizzle-orm';
import type { TestContext } from '../../test/test-context.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { insertEmployers } from '../employers/employer.repository.js';

/**
 * Two districts with hand-made records in 2026-Q2 (April–June); each talent is named 张…三 (甲 is 张甲三):
 * 石峰区 — 甲 arrived 04-10 (master's, 31, 2 patents, senior title), 乙 present since 2025 (doctorate, dual appointment),
 *          丙 arrived in the period but is not recognised (not counted); its one employer is high-tech.
 * 天元区 — 丁 arrived 05-01 (bachelor's verified although a doctorate is declared, 46, 1 patent), 戊 arrives 08-01 (after the period).
 */
export async function seedCockpitRecords(ctx: TestContext): Promise<Record<string, string>> {
  const [shifeng, tianyuan] = await insertEmployers(ctx.db, [
    { creditCode: makeCreditCode('430200', 11), name: '株洲轨道装备', district: '石峰区', chain: 'rail', kind: 'enterprise', flags: ['high_tech'] },
    { creditCode: makeCreditCode('430200', 12), name: '株洲汽车零部件', district: '天元区', chain: 'auto', kind: 'enterprise', flags: ['above_scale'] },
  ]);
  // Both registered before the period (an employer counts from its registration).
  await ctx.db.execute(sql`update employers set created_at = '2025-06-01T00:00:00+08:00'`);
  const people = [
    ['甲', '石峰区', 'A', '1995-01-01', 'master', '2026-04-10', 'senior', shifeng, 2, false],
    ['乙', '石峰区', 'B', '1980-03-01', 'doctorate', '2025-01-01', 'none', shifeng, 0, true],
    ['丙', '石峰区', null, '1996-01-01', 'doctorate', '2026-04-20', 'none', shifeng, 5, false],
    ['丁', '天元区', 'C', '1980-01-01', 'bachelor', '2026-05-01', 'none', tianyuan, 1, false],
    ['戊', '天元区', 'C', '1990-01-01', 'master', '2026-08-01', 'none', tianyuan, 0, false],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [name, district, tier, birth, degree, arrival, title, employer, patents, dual] of people) {
    const [row] = (
      (await ctx.db.execute(sql`
          insert into talents (name, district, tier, birth_date, highest_degree, employer_id, arrival_date)
          values (${`张${name}三`}, ${district}, ${tier}, ${birth}, 'doctorate', ${employer}, ${arrival}) returning id`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;
    await ctx.db.execute(sql`
        insert into verified_facts (talent_id, highest_degree, arrival_date, title, employer_id, licensed_patents_last_year, dual_appointment, engagement_mode)
        values (${row!.id}, ${degree}, ${arrival}, ${title}, ${employer}, ${patents}, ${dual}, 'none')`);
    ids[name] = row!.id;
  }
  // 甲's service requests: one closed on its due date, one closed late, one closed after the period (not counted).
  for (const [closedOn, due] of [
    ['2026-05-10', '2026-05-10'],
    ['2026-06-02', '2026-05-28'],
    ['2026-07-02', '2026-07-10'],
  ]) {
    await ctx.db.execute(sql`
        with c as (insert into service_cases (talent_id, created_at) values (${ids['甲']}, now()) returning id)
        insert into service_requests (case_id, talent_id, category, department, form, evidence_ids, consent_at, status, submitted_on,
          resolution_days, first_contact_due, update_due, resolution_due, closed_on, created_at)
        select c.id, ${ids['甲']}, 'hukou', 'gaj', '{}'::jsonb, '[]'::jsonb, now(), 'closed', '2026-04-20', 10, '2026-04-21', '2026-04-25', ${due}, ${closedOn}, now()
        from c`);
  }
  return ids;
}

/** Refreshes a period's figures as `cookie` and waits for the refresh to end. */
export async function refreshCockpit(app: FastifyInstance, cookie: string, period: string): Promise<CockpitRefreshJobDto> {
  const start = () => app.inject({ method: 'POST', url: '/api/v1/cockpit/refresh', headers: { cookie }, payload: { period } });
  let started = await start();
  // The previous refresh reads as done a moment before it releases its lock: wait for that, briefly.
  for (let tries = 0; started.statusCode === 409 && tries < 100; tries++) {
    await new Promise((r) => setTimeout(r, 50));
    started = await start();
  }
  if (started.statusCode !== 202) throw new Error(`refresh of ${period}: ${started.statusCode} ${started.body}`);
  let job = started.json<CockpitRefreshJobDto>();
  while (job.status === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = (await app.inject({ url: `/api/v1/cockpit/refresh/${job.id}`, headers: { cookie } })).json<CockpitRefreshJobDto>();
  }
  return job;
}
