/**
 * 身份证号冲突 on the office's desktop: a second talent gives an ID number another already holds;
 * the officer sees both talents and the number masked, keeps it with its holder after a dialog
 * that says whose number is cleared and asks why, and the claimant finds the number cleared and
 * a notice saying why.
 */
import { expect, test } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, shot, signIn } from './support/fixtures';

test('an officer settles an ID number two talents gave; the talent whose number is cleared is told why', async ({ page, baseURL, playwright }) => {
  const holderCtx = await playwright.request.newContext({ baseURL });
  const claimantCtx = await playwright.request.newContext({ baseURL });
  try {
    const holder = await registerTalentWithProfileApi(holderCtx, baseURL, '冲突原登记', { birthDate: '1988-08-08', highestDegree: 'bachelor' });
    const claimant = await registerTalentWithProfileApi(claimantCtx, baseURL, '冲突后登记', { birthDate: '1988-08-08', highestDegree: 'bachelor' });
    // The claimant gives the holder's number: the save answers as any other.
    const put = await claimantCtx.put('/api/v1/talents/me', {
      headers: originHeaders(baseURL),
      data: { name: '冲突后登记', gender: 'male', idNumber: holder.idNumber, birthDate: '1988-08-08', district: '天元区', highestDegree: 'bachelor' },
    });
    expect(put.status(), await put.text()).toBe(200);

    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/office/id-disputes');
    await expect(page.getByRole('heading', { name: '身份证号冲突' })).toBeVisible();
    const row = page.getByTestId('id-disputes-table').locator('tr', { hasText: '冲突后登记' });
    await expect(row).toContainText('冲突原登记');
    await expect(row).not.toContainText(holder.idNumber);
    await expect(row).toContainText(`${holder.idNumber.slice(0, 1)}${'*'.repeat(16)}${holder.idNumber.slice(-1)}`);
    await shot(page, 'id-disputes-list');

    await row.getByTestId(`keep-${claimant.talentId}`).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('号码归原登记人');
    await expect(dialog).toContainText('将清除「冲突后登记」档案中的身份证号');
    await dialog.getByTestId('id-dispute-ok').click();
    await expect(dialog).toContainText('请填写核查依据');
    await dialog.getByTestId('id-dispute-reason').fill('经核验身份证原件，号码属于原登记人');
    await shot(page, 'id-disputes-dialog');
    await dialog.getByTestId('id-dispute-ok').click();
    await expect(page.getByText('已处理，相关人才已收到通知')).toBeVisible();
    await expect(page.getByTestId('id-disputes-table')).not.toContainText('冲突后登记');

    // The claimant's number is cleared, and the notice says why.
    expect((await (await claimantCtx.get('/api/v1/talents/me')).json()).idNumber).toBeNull();
    const inbox = (await (await claimantCtx.get('/api/v1/notifications')).json()).items as { kind: string; payload: { reason?: string } }[];
    expect(inbox.find((n) => n.kind === 'talent.id_number_cleared')?.payload.reason).toBe('经核验身份证原件，号码属于原登记人');
    expect((await (await holderCtx.get('/api/v1/talents/me')).json()).idNumber).not.toBeNull();
  } finally {
    await holderCtx.dispose();
    await claimantCtx.dispose();
  }
});
