import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, TEST_PASSWORD, shot, signIn, uniqueMobile } from './support/fixtures';

test.describe('sign-in and registration', () => {
  test('a talent registers and lands signed in on 我的档案', async ({ page }) => {
    const mobile = uniqueMobile();
    await page.goto('/register/talent');
    await expect(page.getByRole('heading', { name: '人才注册' })).toBeVisible();
    await page.getByLabel('手机号').fill(mobile);
    await page.getByLabel('姓名').fill('张晓明');
    await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel('确认密码').fill('Different1');
    await page
      .getByRole('button', { name: '注 册' })
      .or(page.getByRole('button', { name: '注册' }))
      .click();
    await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
    await page.getByLabel('确认密码').fill(TEST_PASSWORD);
    await shot(page, 'register-talent');
    await page.getByRole('button', { name: /注\s?册/ }).click();

    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText('张晓明');
    await expect(page.getByTestId('mobile-masked')).toContainText(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);

    // The session is real: a reload keeps the talent signed in.
    await page.reload();
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
  });

  test('login, logout, and private pages stay closed after logout', async ({ page }) => {
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/login\?next=%2Fprofile$/);

    await page.getByLabel('账号').fill(DEMO.talent);
    await page.getByLabel('密码').fill('wrong-password1');
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await expect(page.getByTestId('login-error')).toContainText('账号或密码错误');
    await shot(page, 'login-error');

    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
    // A second history entry showing a private page, loaded as its own document
    // ('/' rather than the same URL, which the browser would treat as a replacement).
    await page.goto('/');
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();

    // One click on the header's 退出登录, and the sign-in page confirms the session has ended.
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByTestId('signed-out')).toContainText('您已安全退出');
    await shot(page, 'signed-out');

    // Back button: the earlier private page is not shown again (not even from the back/forward cache).
    await page.goBack();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '我的档案' })).toHaveCount(0);
    // Reload and direct visit: still signed out (the server ended the session).
    await page.reload();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: '我的档案' })).toHaveCount(0);
    const me = await page.request.get('/api/v1/auth/me');
    expect(me.status()).toBe(401);
  });

  test.describe('with animations on', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('one click on 退出登录 ends the session, in every open tab of the browser', async ({ page, context, baseURL }) => {
      await signIn(page, baseURL, DEMO.talent);
      const other = await context.newPage();
      await other.goto('/profile');
      await expect(other.getByRole('heading', { name: '我的档案' })).toBeVisible();
      await page.goto('/profile');
      await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();

      // The first click, as soon as the page shows, signs out: the button is always in the
      // header, nothing opens or slides first.
      await page.getByTestId('logout').click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByTestId('signed-out')).toBeVisible();
      // The other tab does not go on showing the account's pages.
      await expect(other).toHaveURL(/\/login/);
      await expect(other.getByRole('heading', { name: '登录' })).toBeVisible();
      await expect(other.getByRole('heading', { name: '我的档案' })).toHaveCount(0);
      await expect(other.getByText('您已在其他窗口退出登录')).toBeVisible();
      // …and only the other tab is told it happened elsewhere.
      await expect(page.getByText('您已在其他窗口退出登录')).toHaveCount(0);
      expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    });

    test('when the server cannot be reached, sign-out says so and nobody is told they are signed out', async ({ page, baseURL }) => {
      await signIn(page, baseURL, DEMO.talent);
      await page.goto('/profile');
      await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
      await page.route('**/api/v1/auth/logout', (route) => route.abort('connectionrefused'));
      await page.getByTestId('logout').click();
      await expect(page.getByText('退出失败')).toBeVisible();
      await expect(page).toHaveURL(/\/profile$/);
      await expect(page.getByTestId('signed-out')).toHaveCount(0);
      expect((await page.request.get('/api/v1/auth/me')).status()).toBe(200);

      // Once the server answers again, the same button signs out.
      await page.unroute('**/api/v1/auth/logout');
      await page.getByTestId('logout').click();
      await expect(page).toHaveURL(/\/login$/);
      expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    });
  });
});
