/**
 * 我的人才码 › 选择性出示 in a real browser: a recognised talent creates an SD-JWT of their code,
 * ticks what a verifier may see, and the presentation (QR and text) verifies at the issuer with
 * only those claims; the code's own QR text verifies too.
 *
 * The talent is granted through the API (`recognisedTalentApi`: requested, approved by 人社局 and
 * 人才办, the notice ended by moving the server's clock).
 */
import { expect, test } from '@playwright/test';
import { originHeaders, recognisedTalentApi, setServerClock, shot, uniqueTag } from './support/fixtures';

test.describe('选择性出示', () => {
  test.afterEach(async () => setServerClock(null));

  test('a talent shows only their tier and employer; the presentation verifies with just those', async ({ page, baseURL }) => {
    const name = `出示人${uniqueTag()}`;
    await recognisedTalentApi(page, baseURL, name);

    // —— the talent's code: its QR text fits version 10-M and verifies
    const code = (await (await page.request.get('/api/v1/talent-code/me')).json()).code as string;
    expect(code).toMatch(/^TC1:/);
    expect(code.length).toBeLessThanOrEqual(300);
    const verified = await page.request.post('/api/v1/talent-code/verify', { data: { code }, headers: originHeaders(baseURL) });
    expect((await verified.json()).status).toBe('valid');

    // —— 选择性出示: create, tick the employer only
    await page.goto('/talent-code');
    const panel = page.getByTestId('sd-panel');
    await expect(panel).toContainText('选择性出示');
    await shot(page, 'credentials-sd-before');
    await panel.getByTestId('sd-create').click();
    await expect(panel.getByTestId('sd-name')).toContainText(name);
    await expect(panel.getByTestId('sd-city')).toContainText('株洲市');
    await panel.getByTestId('sd-employer').click();
    await expect(panel.getByTestId('sd-qr')).toBeVisible();
    await shot(page, 'credentials-sd-employer');
    const presentation = await panel.getByTestId('sd-text').inputValue();
    expect(presentation.split('~')).toHaveLength(3); // the signed part, one disclosure, the end

    const check = await page.request.post('/api/v1/talent-code/sd-jwt/verify', { data: { presentation }, headers: originHeaders(baseURL) });
    const result = await check.json();
    expect(result).toMatchObject({ status: 'valid', claims: { disclosed: ['employer'] } });
    expect(result.claims).not.toHaveProperty('name');
    expect(result.claims).not.toHaveProperty('city');

    // the same screen in English and on a phone
    await page.getByText('English', { exact: true }).click();
    await expect(panel).toContainText('Selective disclosure');
    await shot(page, 'credentials-sd-english');
    await page.getByText('中文', { exact: true }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(panel.getByTestId('sd-qr')).toBeVisible();
    await shot(page, 'credentials-sd-mobile');
  });
});
