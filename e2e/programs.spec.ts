/**
 * 项目评审: an officer opens a call, a talent applies; the assignment first explains why no
 * reviewer can be given (no expert of the field), then assigns the expert once registered; the
 * expert's score outside the scale is refused on its field, a valid one saved; the office's score
 * sheet shows the total and the rank.
 */
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, originHeaders, registerTalentWithProfileApi, shanghaiDate, shot, signIn, signOut, uniqueTag } from './support/fixtures';

test('an officer assigns reviewers (diagnosis first), the expert scores, the office reads the score sheet', async ({ page, baseURL, playwright }) => {
  const tag = uniqueTag();
  const field = `新材料${tag}`;
  const officer = await playwright.request.newContext({ baseURL });
  const reviewer = await playwright.request.newContext({ baseURL });
  const talent = await playwright.request.newContext({ baseURL });
  try {
    const headers = originHeaders(baseURL);
    expect((await officer.post('/api/v1/auth/login', { data: { login: DEMO.officer, password: DEMO_PASSWORD }, headers })).status()).toBe(200);
    expect((await reviewer.post('/api/v1/auth/login', { data: { login: DEMO.reviewer, password: DEMO_PASSWORD }, headers })).status()).toBe(200);
    const reviewerId = (await (await reviewer.get('/api/v1/auth/me')).json()).id as string;
    const created = await officer.post('/api/v1/programs', {
      headers,
      data: {
        code: `xiaohe-${tag}`.toLowerCase().replace(/[^a-z0-9-]/g, ''),
        name: { zh: `小荷计划 ${tag}`, en: `Lotus Bud ${tag}` },
        opensOn: shanghaiDate(-1),
        closesOn: shanghaiDate(30),
        quotaPerNominator: 3,
        reviewPlan: {
          reviewersPerApplication: 1,
          maxLoad: 1,
          criteria: [
            { id: 'innovation', name: { zh: '创新性', en: 'Innovation' }, weight: 60, min: 0, max: 10 },
            { id: 'team', name: { zh: '团队', en: 'Team' }, weight: 40, min: 0, max: 5 },
          ],
          scoringWorkingDays: 5,
          trimFrom: 5,
          disagreementAbove: 30,
        },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const program = await created.json();
    await registerTalentWithProfileApi(talent, baseURL, '荷申请人', { highestDegree: 'master', graduationDate: '2020-06-30' });
    const applied = await talent.post(`/api/v1/programs/${program.id}/applications`, { headers, data: { title: `储能材料 ${tag}`, fields: [field] } });
    expect(applied.status(), await applied.text()).toBe(201);
    // Only applications that passed the office's formal check are assigned reviewers.
    const passed = await officer.post(`/api/v1/programs/applications/${(await applied.json()).id}/formal-check`, { headers, data: { outcome: 'pass' } });
    expect(passed.status(), await passed.text()).toBe(204);

    // No expert of the field yet: the officer is told which field lacks how many reviews.
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/office/programs');
    await expect(page.getByRole('heading', { name: '项目评审' })).toBeVisible();
    await page.getByTestId('program-select').click();
    await page.locator('.ant-select-item-option', { hasText: `小荷计划 ${tag}` }).click();
    await expect(page.getByTestId('program-plan')).toContainText('1 份申报；每份 1 名专家评审');
    await page.getByTestId('run-assignment').click();
    const diagnosis = page.getByTestId('assignment-diagnosis');
    await expect(diagnosis).toContainText('无法完成分配：缺 1 份评审');
    await expect(diagnosis).toContainText(`${field} 领域 1 份申请需要 1 份评审`);
    await shot(page, 'programs-diagnosis');

    // The demo reviewer joins the pool in that field: the assignment succeeds.
    const expert = await officer.post('/api/v1/programs/experts', { headers, data: { userId: reviewerId, fields: [field], employerId: null } });
    expect(expert.status(), await expert.text()).toBe(200);
    await page.getByTestId('run-assignment').click();
    await expect(page.getByTestId('assignment-done')).toContainText('已为 1 份申报分配专家');
    await shot(page, 'programs-assigned');
    await signOut(page);

    // The expert scores: 11 on a 0–10 scale is refused on its field, then 8 and 4 are saved.
    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto('/review/programs');
    await expect(page.getByRole('heading', { name: '我的评审' })).toBeVisible();
    await page.getByTestId(`score-储能材料 ${tag}`).click();
    await page.getByLabel('创新性（0–10）').fill('11');
    await page.getByLabel('团队（0–5）').fill('4');
    await page.getByTestId('score-submit').click();
    await expect(page.getByTestId('score-form').locator('.ant-form-item-explain-error')).toHaveText('分数须在 0–10 之间');
    await shot(page, 'programs-score-refused');
    await page.getByLabel('创新性（0–10）').fill('8');
    await page.getByTestId('score-submit').click();
    await expect(page.getByTestId('score-form')).toBeHidden();
    await expect(page.getByTestId('my-reviews').getByRole('row', { name: new RegExp(`储能材料 ${tag}`) })).toContainText('已评分');
    await shot(page, 'programs-expert');
    await signOut(page);

    // The office's score sheet: 8/10 × 60 % + 4/5 × 40 % = 80.0, rank 1.
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/office/programs');
    await page.getByTestId('program-select').click();
    await page.locator('.ant-select-item-option', { hasText: `小荷计划 ${tag}` }).click();
    const line = page.getByTestId('score-sheet').getByRole('row', { name: new RegExp(`储能材料 ${tag}`) });
    await expect(line).toContainText('80.0');
    await shot(page, 'programs-score-sheet');
  } finally {
    await Promise.all([officer.dispose(), reviewer.dispose(), talent.dispose()]);
  }
});
