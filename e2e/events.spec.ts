/**
 * 活动: an officer creates a forum with one session; a talent on a 390-pixel phone finds it,
 * registers and sees the ticket's QR under 我的门票; at the door the officer pastes the ticket —
 * 有效 with the masked name, again — 已入场（重复） naming when and which device, and a made-up
 * text — 无效; the office's attendance counts one admitted and one repeat scan.
 */
import { expect, test } from '@playwright/test';
import { DEMO, registerTalentWithProfileApi, shanghaiDate, shot, signIn, signOut, uniqueTag } from './support/fixtures';

test('an officer creates an event, a talent registers and gets a ticket, the door admits it once', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const code = `F${tag}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 20);
  const title = `人才发展论坛 ${tag}`;

  // The officer creates the event with one session of 50 places.
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/events');
  await expect(page.getByRole('heading', { name: '活动管理' })).toBeVisible();
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-code').fill(code);
  await page.getByTestId('event-title').fill(title);
  await page.getByTestId('event-venue').fill('神农城会展中心');
  await page.getByTestId('event-closes').fill(`${shanghaiDate(5)}T18:00`);
  await page.getByTestId('session-title-0').fill('主论坛');
  await page.getByTestId('session-capacity-0').fill('50');
  await page.getByTestId('session-starts-0').fill(`${shanghaiDate(6)}T09:00`);
  await page.getByTestId('session-ends-0').fill(`${shanghaiDate(6)}T12:00`);
  await shot(page, 'events-office-create');
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId(`office-event-${code}`)).toHaveText(title);
  await expect(page.getByTestId('office-events')).toContainText('主论坛：已占 0/50，候补 0');
  await shot(page, 'events-office-list');
  await signOut(page);

  // A talent on a phone registers for the session and sees the ticket.
  await page.setViewportSize({ width: 390, height: 844 });
  await registerTalentWithProfileApi(page.request, baseURL, `张明${tag}`, { highestDegree: 'master', graduationDate: '2020-06-30' });
  await page.goto('/events');
  await expect(page.getByRole('heading', { name: '活动', exact: true })).toBeVisible();
  await page.getByTestId(`event-${code}`).click();
  await expect(page.getByTestId('places-S1')).toHaveText('剩余 50 / 50 个名额');
  await shot(page, 'events-talent-detail');
  await page.getByTestId('register-S1').click();
  await expect(page.getByTestId('session-S1')).toContainText('报名成功');
  await expect(page.getByTestId('places-S1')).toHaveText('剩余 49 / 50 个名额');
  await page.goto('/events/mine');
  const ticketCard = page.getByTestId(`ticket-${code}-S1`);
  await expect(ticketCard.getByTestId('ticket-status')).toHaveText('报名成功');
  await expect(ticketCard.getByTestId('ticket-qr')).toBeVisible();
  const box = await ticketCard.getByTestId('ticket-qr').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await shot(page, 'events-my-tickets');
  const mine = (await (await page.request.get('/api/v1/events/registrations/mine')).json()) as { items: { eventCode: string; ticket: string | null }[] };
  const ticket = mine.items.find((r) => r.eventCode === code)!.ticket!;
  expect(ticket).toBeTruthy();
  await signOut(page);

  // The door: the ticket is admitted once, then a repeat, then a made-up text.
  await signIn(page, baseURL, DEMO.officer);
  await page.goto(`/desk/events?event=${code}`);
  await expect(page.getByRole('heading', { name: '活动签到' })).toBeVisible();
  const result = page.getByTestId('door-result');
  await page.getByTestId('door-ticket').fill(ticket);
  await page.getByTestId('door-check').click();
  await expect(result).toHaveAttribute('data-result', 'valid');
  await expect(page.getByTestId('door-result-title')).toHaveText('有效');
  await expect(page.getByTestId('door-result-detail')).toHaveText(/张\*.* · 场次 S1/);
  await shot(page, 'events-door-valid');
  await page.getByTestId('door-ticket').fill(ticket);
  await page.getByTestId('door-check').click();
  await expect(result).toHaveAttribute('data-result', 'duplicate');
  await expect(page.getByTestId('door-result-title')).toHaveText('已入场（重复）');
  await expect(page.getByTestId('door-result-detail')).toHaveText(/^已于 \d\d:\d\d 由设备 door-[0-9a-f]{8} 放行$/);
  await shot(page, 'events-door-duplicate');
  await page.getByTestId('door-ticket').fill('not-a-ticket');
  await page.getByTestId('door-check').click();
  await expect(result).toHaveAttribute('data-result', 'invalid');
  await expect(page.getByTestId('door-result-title')).toHaveText('无效');
  await expect(page.getByTestId('door-result-detail')).toHaveText('不是本平台的票码');
  await shot(page, 'events-door-invalid');

  // The office sees the attendance.
  await page.goto('/office/events');
  await page.getByTestId(`office-event-${code}`).click();
  // One confirmed, one admitted, one repeat scan.
  await expect(page.getByTestId('attendance').locator('tbody tr').last()).toHaveText(/主论坛\s*1\s*1\s*1/);
  await expect(page.getByTestId('registrations')).toContainText('报名成功');
  await shot(page, 'events-office-registrations');
});
