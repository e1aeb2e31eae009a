/**
 * Screens no other browser test shows, each put through the accessibility check `shot` runs
 * (axe-core, WCAG 2.1 AA; see support/accessibility.ts): the reviewer's two queues, the officer's
 * policy list and the page a mistyped address leads to.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

/** Opens `path` and waits until its title is shown and nothing is loading. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

test('the screens no other test shows pass the accessibility check', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.reviewer);
  await open(page, '/review/recognitions');
  await shot(page, 'a11y-review-recognitions');
  await open(page, '/review/applications');
  await shot(page, 'a11y-review-applications');
  await open(page, '/no-such-page');
  await expect(page.getByTestId('status-404')).toBeVisible();
  await shot(page, 'a11y-not-found');

  await signIn(page, baseURL, DEMO.officer);
  await open(page, '/policies');
  await shot(page, 'a11y-policy-list');
});
