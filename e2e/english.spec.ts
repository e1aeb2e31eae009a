/**
 * English is complete on the holiday calendar: month names, holiday names, days in lieu and
 * make-up workdays read in English (the notice's title stays as published).
 */
import { expect, test } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

test('the holiday calendar names months and holidays in English', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/');
  await page.getByTestId('nav-holidayCalendar').click();
  const grid = page.locator('[data-testid^="year-grid-"]').first();
  await expect(grid).toContainText('一月');
  await expect(page.getByText(/国庆节/).first()).toBeVisible();

  await page.getByText('English', { exact: true }).click();
  await expect(grid).toContainText('January');
  await expect(grid).toContainText('December');
  await expect(grid).not.toContainText('月');
  const lists = page.locator('.ant-descriptions').last();
  await expect(lists).toContainText('National Day');
  await expect(lists).toContainText("New Year's Day");
  for (const word of ['国庆节', '元旦', '春节', '补休', '调休上班']) await expect(lists).not.toContainText(word);
  await shot(page, 'calendar-en');
});
