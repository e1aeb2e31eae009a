/**
 * 活动, the places: a session of one place with a waitlist. A talent takes the place, a second one
 * joins the waitlist; the first cancels under 我的门票 (asked to confirm) and the second is offered
 * the place with a deadline, accepts it and gets a ticket. The organiser then edits the event —
 * two places, approval required — and a third talent's registration waits for the organiser, who
 * approves it.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, TEST_PASSWORD, originHeaders, registerTalentWithProfileApi, shanghaiDate, shot, signIn, signOut, uniqueTag } from './support/fixtures';

const PROFILE = { highestDegree: 'master', graduationDate: '2020-06-30' };

/** Registers a talent (signed in afterwards) and opens the event on a phone. */
async function newTalentAt(page: Page, baseURL: string | undefined, name: string, code: string): Promise<string> {
  await page.setViewportSize({ width: 390, height: 844 });
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, name, PROFILE);
  await page.goto(`/events/${code}`);
  return mobile;
}

test('a freed place goes to the waitlist with a deadline; an edited event asks the organiser to approve', async ({ page, baseURL }) => {
  // Four people take turns on one event: longer than one screen's test.
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const code = `W${tag}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 20);
  const title = `青年人才沙龙 ${tag}`;
  const at = (days: number, time: string) => new Date(`${shanghaiDate(days)}T${time}:00+08:00`).toISOString();

  // The organiser's event: one session, one place, a waitlist with a 48-hour reply window.
  await signIn(page, baseURL, DEMO.officer);
  const created = await page.request.post('/api/v1/events', {
    headers: originHeaders(baseURL),
    data: {
      code,
      title,
      kind: 'forum',
      venue: '株洲科创中心',
      audience: 'all',
      policyId: null,
      approvalRequired: false,
      waitlist: true,
      offerHours: 48,
      registrationClosesAt: at(5, '18:00'),
      sessions: [{ code: 'S1', title: '圆桌', startsAt: at(6, '14:00'), endsAt: at(6, '16:00'), capacity: 1 }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.request.post('/api/v1/auth/logout', { headers: originHeaders(baseURL) });

  // The first talent takes the only place.
  const first = await newTalentAt(page, baseURL, `赵一${tag}`, code);
  await page.getByTestId('register-S1').click();
  await expect(page.getByTestId('session-S1')).toContainText('报名成功');
  await signOut(page);

  // The second finds it full and joins the waitlist: no ticket yet.
  await newTalentAt(page, baseURL, `钱二${tag}`, code);
  await expect(page.getByTestId('places-S1')).toHaveText('名额已满，0 人候补中');
  await expect(page.getByTestId('register-S1')).toHaveText('加入候补');
  await page.getByTestId('register-S1').click();
  await expect(page.getByTestId('session-S1')).toContainText('候补中');
  await page.goto('/events/mine');
  const secondTicket = page.getByTestId(`ticket-${code}-S1`);
  await expect(secondTicket).toContainText('候补第 1 位');
  await expect(secondTicket.getByTestId('ticket-qr')).toHaveCount(0);
  const secondSession = await page.context().cookies();
  await page.context().clearCookies();

  // The first cancels under 我的门票 after confirming: the place is freed.
  await signIn(page, baseURL, first, TEST_PASSWORD);
  await page.goto('/events/mine');
  const firstTicket = page.getByTestId(`ticket-${code}-S1`);
  await expect(firstTicket.getByTestId('ticket-qr')).toBeVisible();
  await firstTicket.getByTestId('ticket-cancel').click();
  await expect(page.getByText('取消后名额将释放，门票作废。确定取消报名？')).toBeVisible();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(firstTicket.getByTestId('ticket-status')).toHaveText('已取消');
  await expect(firstTicket.getByTestId('ticket-qr')).toHaveCount(0);
  await page.context().clearCookies();

  // The second is offered the place, with the deadline 48 hours on, accepts it and gets a ticket.
  await page.context().addCookies(secondSession);
  await page.goto('/events/mine');
  await expect(secondTicket.getByTestId('ticket-status')).toHaveText('候补名额待确认');
  await expect(secondTicket.getByTestId('offer-until')).toHaveText(/^请在 .+ 前确认$/);
  await shot(page, 'events-offer');
  await secondTicket.getByTestId('offer-accept').click();
  await expect(secondTicket.getByTestId('ticket-status')).toHaveText('报名成功');
  await expect(secondTicket.getByTestId('ticket-qr')).toBeVisible();
  await signOut(page);

  // The organiser edits the event: two places, approval required.
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/events');
  await page.getByTestId(`event-edit-${code}`).click();
  await page.getByTestId('session-capacity-0').fill('2');
  await page.getByRole('switch', { name: '报名需审核' }).click();
  await page.getByTestId('event-save').click();
  await expect(page.getByTestId('office-events')).toContainText('圆桌：已占 1/2，候补 0');
  await signOut(page);

  // A third talent's registration waits for the organiser.
  await newTalentAt(page, baseURL, `孙三${tag}`, code);
  await expect(page.getByText('报名需主办方审核')).toBeVisible();
  await page.getByTestId('register-S1').click();
  await expect(page.getByTestId('session-S1')).toContainText('待主办方审核');
  await signOut(page);

  // The organiser approves it among the registrations (names masked).
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/events');
  await page.getByTestId(`office-event-${code}`).click();
  const row = page.getByTestId('registrations').locator('tr', { hasText: '待主办方审核' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('孙*');
  await expect(row).not.toContainText(`孙三${tag}`);
  await shot(page, 'events-office-pending');
  await row.locator('[data-testid^="approve-"]').click();
  await expect(page.getByTestId('registrations').locator('tr', { hasText: '待主办方审核' })).toHaveCount(0);
  await expect(page.getByTestId('office-events')).toContainText('圆桌：已占 2/2，候补 0');
});
