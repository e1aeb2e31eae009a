/**
 * 青年驿站: the office opens a station and sees its beds free night by night; a talent asking for
 * more nights than the station allows is told on the nights field, and a talent the policy does
 * not admit on verified facts is told why, with no bed held.
 */
import { expect, test } from '@playwright/test';
import { chooseOption, DEMO, fillDate, originHeaders, registerTalentWithProfileApi, shanghaiDate, shot, signIn, signOut, uniqueTag } from './support/fixtures';

test('the office sees a new station’s occupancy; a talent is refused 8 nights on the field, then told the policy does not admit them', async ({
  page,
  baseURL,
}) => {
  const name = `株洲青年驿站${uniqueTag()}`;
  await signIn(page, baseURL, DEMO.officer);
  const created = await page.request.post('/api/v1/youth-stations', {
    headers: originHeaders(baseURL),
    data: {
      name: { zh: name, en: `Youth Station ${name}` },
      district: '天元区',
      address: '天元区长江南路 1 号',
      rooms: [
        { name: '101', beds: 2 },
        { name: '102', beds: 2 },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto('/office/youth-stations');
  const row = page.getByTestId('occupancy').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('0/4');
  await shot(page, 'youth-stations-occupancy');
  await signOut(page);

  await registerTalentWithProfileApi(page.request, baseURL, '驿站测试', { highestDegree: 'bachelor' });
  await page.goto('/youth-stations');
  await chooseOption(page, '驿站', `${name} · 天元区 · 4 个床位`);
  await expect(page.getByText('每次最多入住 7 晚')).toBeVisible();
  await fillDate(page, '入住日期', shanghaiDate(3));
  await page.getByLabel('入住晚数').fill('8');
  await page.getByTestId('stay-book').click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('7');
  await expect(page.locator('.ant-message')).toContainText('本次申请 8 晚');
  await page.getByLabel('入住晚数').fill('3');
  await page.getByTestId('stay-book').click();
  await expect(page.locator('.ant-message')).toContainText('尚不符合入住条件');
  await expect(page.getByTestId('my-stays')).toContainText('还没有入住记录');
  await shot(page, 'youth-stations-talent-refused');
});
