/**
 * 驿站前台: two graduates with a granted tier (and so a talent code) book tonight at a new
 * station; the desk sees both on tonight's list, is told on the field when a typed code is not a
 * talent code, checks the first guest in by typing their code and Enter (as a scanner does),
 * marks the second as a no-show (their bed is free again) and checks the first guest out.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, DEMO, originHeaders, setServerClock, shanghaiDate, shot, signIn, TEST_PASSWORD, uniqueTag } from './support/fixtures';
import { confirmDepartmentFactsApi, recogniseTalentsApi } from './support/recognition';

async function postOk(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

test.afterEach(async () => {
  await setServerClock(null);
});

test('the desk checks a guest in by their talent code, marks a no-show and checks the guest out', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const name = `河西青年驿站${tag}`;
  const graduate = {
    birthDate: '2001-05-01',
    highestDegree: 'bachelor',
    schoolTier: 'double_first_class',
    graduationDate: shanghaiDate(-200),
    arrivalDate: shanghaiDate(-2),
    socialInsuranceMonths: 0,
    hukouInCity: false,
  };
  const { talents, serverNow } = await recogniseTalentsApi(page, baseURL, [
    { name: `入住${tag}`, profile: graduate },
    { name: `未到${tag}`, profile: graduate },
  ]);
  const [guest, absent] = talents as [(typeof talents)[0], (typeof talents)[0]];
  // 公安 confirms neither has the city's hukou (the youth-station policy asks on verified facts).
  await confirmDepartmentFactsApi(
    page,
    baseURL,
    'gaj',
    talents.map((t) => ({ idNumber: t.idNumber, facts: { hukouInCity: '否' } })),
  );
  const station = await postOk(page, baseURL, '/api/v1/youth-stations', {
    name: { zh: name, en: `Hexi Youth Station ${tag}` },
    district: '天元区',
    address: '天元区珠江北路 8 号',
    rooms: [{ name: '201', beds: 2 }],
  });

  // Both book tonight; the guest fetches their talent code.
  const tonight = serverNow.slice(0, 10);
  await signIn(page, baseURL, guest.mobile, TEST_PASSWORD);
  const guestStay = await postOk(page, baseURL, `/api/v1/youth-stations/${station.id}/stays`, { firstNight: tonight, nights: 2 });
  const code = (await (await page.request.get('/api/v1/talent-code/me')).json()).code as string;
  await signIn(page, baseURL, absent.mobile, TEST_PASSWORD);
  const absentStay = await postOk(page, baseURL, `/api/v1/youth-stations/${station.id}/stays`, { firstNight: tonight, nights: 2 });

  // The desk: tonight's list.
  await signIn(page, baseURL, DEMO.concierge);
  await page.goto('/');
  await page.getByTestId('nav-youthDesk').click();
  await expect(page.getByRole('heading', { name: '驿站前台' })).toBeVisible();
  await chooseOption(page, '驿站', `${name} · 天元区 · 2 个床位`);
  const list = page.getByTestId('desk-tonight');
  await expect(page.getByText(`${tonight} 当晚住客`)).toBeVisible();
  const guestRow = list.locator('tr', { hasText: guest.name });
  const absentRow = list.locator('tr', { hasText: absent.name });
  await expect(guestRow).toContainText('已预订');
  await expect(absentRow).toContainText('已预订');
  await expect(guestRow).toContainText('201 房间');
  await shot(page, 'youth-desk-tonight');

  // A typed code that is not a talent code is refused on the field; the real one checks in.
  const field = page.getByLabel('人才码');
  await field.fill('not-a-talent-code');
  await field.press('Enter');
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('不是完整的人才码');
  await shot(page, 'youth-desk-bad-code');
  await field.fill(code);
  await field.press('Enter');
  await expect(guestRow).toContainText('已入住');
  await expect(field).toHaveValue('');
  await shot(page, 'youth-desk-checked-in');

  // The other guest never came: marked as a no-show, off the list, the bed free again.
  await page.getByTestId(`desk-no-show-${absentStay.id}`).click();
  await expect(page.locator('.ant-modal-confirm')).toContainText(`将 ${absent.name} 的预订`);
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '标记未到店' }).click();
  await expect(absentRow).toHaveCount(0);
  const calendar = await (await page.request.get(`/api/v1/youth-stations/${station.id}/calendar?from=${tonight}&days=2`)).json();
  expect(calendar.beds.find((b: { id: string }) => b.id === absentStay.bedId).held).toEqual([]);

  // Checking the guest out leaves nobody for tonight.
  await page.getByTestId(`desk-check-out-${guestStay.id}`).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '办理退房' }).click();
  await expect(list).toContainText('今晚没有待入住或在住的住客');
  await shot(page, 'youth-desk-empty');
});
