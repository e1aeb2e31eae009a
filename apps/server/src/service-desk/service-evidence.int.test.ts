/**
 * Evidence on a service request: the talent picks files already in their file; with their
 * consent the handling department's concierges and head may open them (each read audited), other
 * departments' staff may not; a file of someone else's is refused naming it, nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAccount, type TestAccount } from '../auth/testing.js';
import { FILES, multipart } from '../recognition/recognition-testing.js';
import { SCHOOLING, serviceDeskHarness } from './service-desk-testing.js';

const { h, call, talent, counts, open, close } = serviceDeskHarness();
let housingConcierge: TestAccount;
beforeAll(async () => {
  await open();
  housingConcierge = await createTestAccount(h.ctx, 'concierge', { department: 'zjj', displayName: '住建专员' });
});
afterAll(() => close());

async function upload(cookie: string, kind: string): Promise<{ id: string; fileName: string }> {
  const m = multipart(`${kind}.pdf`, 'application/pdf', Buffer.concat([FILES.pdf, Buffer.from(kind + cookie.slice(-6))]));
  const res = await h.app.inject({ method: 'POST', url: `/api/v1/evidence?kind=${kind}`, headers: { cookie, ...m.headers }, payload: m.payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const fileOf = (id: string, who: Pick<TestAccount, 'login' | 'password'>) => call('GET', `/api/v1/evidence/${id}/file`, who);

describe('evidence shared with the handling department', () => {
  it('files a request with files from the talent’s own file, which the department may open and others may not', async () => {
    const t = await talent();
    const degree = await upload(t.cookie, 'degree_certificate');
    const contract = await upload(t.cookie, 'employment_contract');
    const filed = await call('POST', '/api/v1/service-requests', t, {
      category: 'children_schooling',
      form: SCHOOLING,
      evidenceIds: [degree.id, contract.id],
      consent: true,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const [req] = filed.json().requests;
    expect(req.evidence).toEqual([
      { id: degree.id, kind: 'degree_certificate', fileName: degree.fileName },
      { id: contract.id, kind: 'employment_contract', fileName: contract.fileName },
    ]);
    expect((await call('GET', `/api/v1/service-requests/${req.id}`, h.conciergeA)).json().evidence).toHaveLength(2);

    // 教育局's concierge and head open it; 住建局's concierge cannot (not even that it exists).
    expect((await fileOf(degree.id, h.conciergeA)).statusCode).toBe(200);
    expect((await fileOf(degree.id, h.head)).statusCode).toBe(200);
    expect((await fileOf(degree.id, housingConcierge)).statusCode).toBe(404);
    const reads = (await h.ctx.db.execute(
      sql`select count(*)::int n from audit_log where action = 'evidence.read' and entity_id = ${degree.id}`,
    )) as unknown as { rows: { n: number }[] };
    expect(reads.rows[0]!.n).toBe(2);

    // Asked to co-handle, 住建局 may open it too.
    await call('POST', `/api/v1/service-requests/${req.id}/claim`, h.conciergeA, {});
    const co = await call('POST', `/api/v1/service-requests/${req.id}/co-handle`, h.conciergeA, { department: 'zjj', note: '学区房核实' });
    expect(co.statusCode, co.body).toBe(200);
    expect((await fileOf(contract.id, housingConcierge)).statusCode).toBe(200);
  });

  it('refuses another talent’s file, naming it, and writes nothing', async () => {
    const owner = await talent();
    const theirs = await upload(owner.cookie, 'degree_certificate');
    const t = await talent();
    const mine = await upload(t.cookie, 'degree_certificate');
    const before = await counts();
    const res = await call('POST', '/api/v1/service-requests', t, {
      category: 'children_schooling',
      form: SCHOOLING,
      evidenceIds: [mine.id, theirs.id],
      consent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'evidenceIds.1' })]);
    expect(await counts()).toEqual(before);
  });
});
