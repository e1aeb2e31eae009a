import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { DEMO, TEST_PASSWORD, originHeaders, registerTalentApi, shot, signIn, uniqueTag } from './support/fixtures';

/** The SMS gateway the test server posts recovery codes to (BOLE_SMS_WEBHOOK_URL in playwright.config.ts). */
const smsGatewayPort = Number(process.env.E2E_PORT ?? 3310) + 1000;

test.describe('passwords', () => {
  test('a talent changes their password under 修改密码 and signs in with the new one', async ({ page, baseURL }) => {
    const { mobile } = await registerTalentApi(page.request, baseURL, '钱学文');
    await page.goto('/profile');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();

    await page.getByLabel('当前密码').fill('Not-my-passw0rd');
    await page.getByLabel('新密码', { exact: true }).fill('Changed-pass9');
    await page.getByLabel('确认新密码').fill('Changed-pass9');
    await page.getByRole('button', { name: '确认修改' }).click();
    await expect(page.getByText('当前密码不正确，密码未修改。')).toBeVisible();

    await page.getByLabel('当前密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '确认修改' }).click();
    await expect(page.getByText('密码已修改，其他设备上的登录已退出')).toBeVisible();
    await shot(page, 'password-changed');

    await page.getByTestId('logout').click();
    await page.getByLabel('账号').fill(mobile);
    await page.getByLabel('密码').fill('Changed-pass9');
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
  });

  test('after an admin resets a staff password, the person can only choose a new one at the next sign-in', async ({ page, browser, baseURL }) => {
    // The staff page lists staff only: the admin resets a reviewer's password.
    await signIn(page, baseURL, DEMO.admin);
    const login = `rs${uniqueTag()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`.slice(0, 30);
    const created = await page.request.post('/api/v1/admin/users', {
      headers: originHeaders(baseURL),
      data: { username: login, displayName: '孙立群', role: 'reviewer', department: 'rsj', password: 'Before-reset-55' },
    });
    expect(created.status(), await created.text()).toBe(201);
    await page.goto('/admin/users');
    await page.getByTestId(`reset-password-${login}`).click();
    await page.getByRole('button', { name: '重置密码' }).last().click();
    const shown = page.getByTestId('one-time-password');
    await expect(shown).toHaveText(/^[A-Za-z0-9]{12}$/);
    const oneTime = (await shown.textContent())!.trim();
    await shot(page, 'password-reset-one-time');
    await page.getByRole('button', { name: /确\s?定|OK/ }).click();
    await expect(page.getByText('待改密').first()).toBeVisible();

    // Signing in with the one-time password leads to one screen only.
    const staff = await browser.newContext({ baseURL });
    const person = await staff.newPage();
    await person.goto('/login');
    await person.getByLabel('账号').fill(login);
    await person.getByLabel('密码').fill(oneTime);
    await person.getByRole('button', { name: /登\s?录/ }).click();
    await expect(person.getByTestId('forced-password-change')).toBeVisible();
    await person.goto('/review/applications');
    await expect(person.getByTestId('forced-password-change')).toBeVisible();
    await shot(person, 'password-forced-change');

    await person.getByLabel('一次性密码').fill(oneTime);
    await person.getByLabel('新密码', { exact: true }).fill('Own-choice-77');
    await person.getByLabel('确认新密码').fill('Own-choice-77');
    await person.getByRole('button', { name: '确认修改' }).click();
    await expect(person.getByTestId('forced-password-change')).toHaveCount(0);
    await staff.close();
  });

  test('a talent who forgot the password recovers it with a code sent to their mobile', async ({ page, browser, baseURL }) => {
    const texts: { to: string; text: string }[] = [];
    const gateway: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        texts.push(JSON.parse(body) as { to: string; text: string });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(smsGatewayPort, '127.0.0.1', resolve));
    try {
      const other = await browser.newContext({ baseURL });
      const { mobile } = await registerTalentApi(other.request, baseURL, '周明远');
      await other.close();

      await page.goto('/login');
      await page.getByRole('link', { name: '忘记密码' }).click();
      await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible();
      await page.getByLabel('手机号').fill(mobile);
      await page.getByTestId('send-code').click();
      await expect(page.getByTestId('recovery-sent')).toContainText('10 分钟内有效');
      await expect.poll(() => texts.find((t) => t.to === mobile)?.text ?? '').toContain('验证码');
      const code = /(\d{6})/.exec(texts.find((t) => t.to === mobile)!.text)![1]!;

      await page.getByLabel('短信验证码').fill(code);
      await page.getByLabel('新密码', { exact: true }).fill('Recovered-pass1');
      await page.getByLabel('确认新密码').fill('Recovered-pass1');
      await shot(page, 'password-recovery');
      await page.getByRole('button', { name: '重置密码' }).click();
      await expect(page.getByTestId('recovered')).toBeVisible();

      await page.getByLabel('账号').fill(mobile);
      await page.getByLabel('密码').fill('Recovered-pass1');
      await page.getByRole('button', { name: /登\s?录/ }).click();
      await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
    } finally {
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
    }
  });
});
