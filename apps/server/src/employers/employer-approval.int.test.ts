import { describe, expect, it } from 'vitest';
import { FILES, multipart } from '../recognition/recognition-testing.js';
import { employerTestbed } from './employer-testing.js';

describe('employer approval and HR users', () => {
  const bed = employerTestbed();

  it('a new registration waits for approval, says what it cannot do, and cannot invite HR users', async () => {
    const e = await bed.register();
    const standing = await bed.as(e, 'GET', '/api/v1/employers/me/standing');
    expect(standing.json()).toMatchObject({
      status: 'pending',
      licence: null,
      blocked: ['confirm_employment', 'invite_hr_users', 'record_engagements', 'answer_surveys'],
    });
    const invite = await bed.as(e, 'POST', '/api/v1/employers/me/users', { username: 'hr.wang', displayName: '王人事' });
    expect(invite.statusCode).toBe(403);
    expect(invite.json()).toMatchObject({ code: 'BOLE_EMPLOYER_NOT_APPROVED' });
    expect(invite.json().detail).toContain('invite HR users');
  });

  it('the employer uploads its licence; the office sees it, downloads it and approves', async () => {
    const e = await bed.register();
    const m = multipart('licence.pdf', 'application/pdf', FILES.pdf);
    const up = await bed.app.inject({
      method: 'POST',
      url: '/api/v1/employers/me/licence',
      headers: { ...m.headers, cookie: await bed.cookie(e) },
      payload: m.payload,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().licence).toMatchObject({ fileName: 'licence.pdf', contentType: 'application/pdf' });
    const queue = await bed.as(bed.officer, 'GET', '/api/v1/employer-reviews?status=pending&pageSize=200');
    const item = queue.json().items.find((i: { id: string }) => i.id === e.employerId);
    expect(item).toMatchObject({ status: 'pending', licence: { fileName: 'licence.pdf' } });
    const file = await bed.as(bed.officer, 'GET', `/api/v1/employer-reviews/${e.employerId}/licence`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(FILES.pdf)).toBe(true);
    const ok = await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'approve' });
    expect(ok.json()).toMatchObject({ status: 'approved' });
    expect((await bed.as(e, 'GET', '/api/v1/employers/me/standing')).json()).toMatchObject({ status: 'approved', blocked: [] });
    const again = await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'reject', note: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOLE_EMPLOYER_REVIEW_STATE');
  });

  it('a rejection needs a reason the employer reads; a new licence sends it back to the office', async () => {
    const e = await bed.register();
    const noReason = await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'note' })]);
    await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'reject', note: '营业执照不清晰' });
    expect((await bed.as(e, 'GET', '/api/v1/employers/me/standing')).json()).toMatchObject({ status: 'rejected', reviewNote: '营业执照不清晰' });
    const m = multipart('licence.png', 'image/png', FILES.png);
    await bed.app.inject({ method: 'POST', url: '/api/v1/employers/me/licence', headers: { ...m.headers, cookie: await bed.cookie(e) }, payload: m.payload });
    expect((await bed.as(e, 'GET', '/api/v1/employers/me/standing')).json()).toMatchObject({ status: 'pending' });
  });

  it('the registering account invites HR users, who must change the one-time password and act for the employer; it disables them', async () => {
    const e = await bed.approved();
    const invite = await bed.as(e, 'POST', '/api/v1/employers/me/users', { username: 'hr.li', displayName: '李人事' });
    expect(invite.statusCode, invite.body).toBe(201);
    const { user, temporaryPassword } = invite.json();
    expect(user).toMatchObject({ login: 'hr.li', primary: false, disabled: false });
    const hr = { login: 'hr.li', password: temporaryPassword as string };
    const blocked = await bed.as(hr, 'GET', '/api/v1/employers/me/users');
    expect(blocked.json().code).toBe('BOLE_PASSWORD_CHANGE_REQUIRED');
    const changed = await bed.as(hr, 'POST', '/api/v1/auth/password', { currentPassword: temporaryPassword, newPassword: 'Renshi-2026x' });
    expect(changed.statusCode, changed.body).toBe(204);
    const hr2 = { login: 'hr.li', password: 'Renshi-2026x' };
    const list = await bed.as(hr2, 'GET', '/api/v1/employers/me/users');
    expect(list.json().items.map((u: { login: string; primary: boolean }) => [u.login, u.primary])).toEqual([
      [e.login, true],
      ['hr.li', false],
    ]);
    const byHr = await bed.as(hr2, 'POST', '/api/v1/employers/me/users', { username: 'hr.zhao', displayName: '赵人事' });
    expect(byHr.json().code).toBe('BOLE_PRIMARY_HR_ONLY');
    const taken = await bed.as(e, 'POST', '/api/v1/employers/me/users', { username: 'hr.li', displayName: '另一个' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ field: 'username' })]);
    const off = await bed.as(e, 'PUT', `/api/v1/employers/me/users/${user.id}`, { disabled: true });
    expect(off.json()).toMatchObject({ disabled: true });
    const signIn = await bed.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: hr2 });
    expect(signIn.statusCode).toBe(403);
  });

  it('another employer cannot disable someone else’s user', async () => {
    const a = await bed.approved();
    const b = await bed.approved();
    const invite = await bed.as(a, 'POST', '/api/v1/employers/me/users', { username: 'hr.qian', displayName: '钱人事' });
    const res = await bed.as(b, 'PUT', `/api/v1/employers/me/users/${invite.json().user.id}`, { disabled: true });
    expect(res.statusCode).toBe(404);
  });
});
