/**
 * 人才公寓: the officer adds a project and imports its units from Excel, opens a round; a talent
 * sees it and applies with ordered choices (refused, naming the unmet conditions, when the pack's
 * policy does not hold on verified facts); the officer publishes the commitments, draws once the
 * beacon value is public and publishes the results; the public page shows the cutoffs and how to
 * re-check the draw with `bole housing verify`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, DEMO, fillDate, registerTalentWithProfileApi, setServerClock, shot, signIn, uniqueTag } from './support/fixtures';

async function writeUnits(path: string, project: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('房源 Units');
  ws.addRow([
    '项目编号 Project',
    '楼栋 Building',
    '房号 Unit',
    '户型 Layout',
    '面积(㎡) Area',
    '月租金(元) Rent (yuan)',
    '无障碍 Accessible',
    '带家具 Furnished',
  ]);
  ws.addRow([project, '1栋', `${project}-101`, '一室一厅', 45, 1200, '否', '是']);
  ws.addRow([project, '1栋', `${project}-102`, '一室一厅', 45, 1200, '是', '是']);
  ws.addRow([project, '2栋', `${project}-201`, '两室一厅', 78, 1800, '否', '是']);
  await wb.xlsx.writeFile(path);
}

test.afterEach(async () => {
  await setServerClock(null);
});

test('a housing round from stock to published results, seen by the officer, a talent and the public', async ({ page, browser, baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bole-e2e-housing-'));
  const tag = uniqueTag().slice(-6);
  const project = `HX${tag}`;
  const round = `R${tag}`;
  try {
    // The officer: a project by form, its units from Excel.
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/');
    await page.getByTestId('nav-housingOffice').click();
    await expect(page.getByRole('heading', { name: '人才公寓管理' })).toBeVisible();
    await page.getByRole('tab', { name: '房源' }).click();
    await page.getByTestId('housing-project-code').fill(project);
    await page.getByTestId('housing-project-name').fill(`河西人才公寓${tag}`);
    await chooseOption(page, '区县', '天元区');
    await page.getByTestId('housing-project-add').click();
    await expect(page.getByTestId('housing-projects')).toContainText(project);
    const file = join(dir, 'units.xlsx');
    await writeUnits(file, project);
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByTestId('housing-units')).toContainText(`${project}-201`);
    await shot(page, 'housing-office-stock');

    // Open a round over both unit types.
    await page.getByRole('tab', { name: '配租批次' }).click();
    await page.getByTestId('housing-round-code').fill(round);
    await page.getByTestId('housing-round-title').fill(`人才公寓第 ${tag} 批`);
    await chooseOption(page, '纳入本批次的房型（该房型全部可分配房源）', `${project}/one_bedroom`);
    await chooseOption(page, '纳入本批次的房型（该房型全部可分配房源）', `${project}/two_bedroom`);
    await page.keyboard.press('Escape');
    await page.getByTestId('housing-round-open').click();
    const card = page.getByTestId(`housing-office-round-${round}`);
    await expect(card).toContainText('受理申请中');
    await shot(page, 'housing-office-round-open');

    // A talent without a recognised tier sees the round, picks two types in order, and is told why not.
    const talentContext = await browser.newContext({ baseURL });
    const talent = await talentContext.newPage();
    await registerTalentWithProfileApi(talent.request, baseURL, `公寓申请${tag}`, { highestDegree: 'master' });
    await talent.goto('/housing');
    await expect(talent.getByRole('heading', { name: '人才公寓' })).toBeVisible();
    await expect(talent.getByTestId(`housing-round-${round}`)).toBeVisible();
    await chooseOption(talent, '意向房型（按顺序）', `河西人才公寓${tag} · 两室一厅`);
    await chooseOption(talent, '意向房型（按顺序）', `河西人才公寓${tag} · 一室一厅`);
    await talent.keyboard.press('Escape');
    await expect(talent.getByTestId('housing-choice-order').locator('li').first()).toContainText('两室一厅');
    await talent.getByTestId('housing-apply').click();
    await expect(talent.locator('.ant-message')).toContainText('经认定的 A–E 类人才');
    await expect(talent.getByText('您还没有提交申请')).toBeVisible();
    await shot(talent, 'housing-talent-apply');

    // Publish the commitments: the seed is a beacon value published an hour from now.
    const beaconAt = new Date(Date.now() + 8 * 3600_000 + 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    await card.getByTestId(`housing-commit-${round}`).click();
    await page.getByTestId('housing-beacon').fill('drand quicknet round 14123456');
    await fillDate(page, '该随机数的公布时间', beaconAt);
    await page.getByTestId('housing-step-ok').click();
    await expect(card).toContainText('已截止并公布承诺');
    await expect(page.getByTestId(`housing-commitments-${round}`)).toContainText('bole-housing-allocation/1');
    await shot(page, 'housing-office-committed');

    // Too early: the beacon value is not public yet. Two hours later it is.
    await card.getByTestId(`housing-draw-${round}`).click();
    await page.getByTestId('housing-beacon-value').fill('ab'.repeat(32));
    await page.getByTestId('housing-step-ok').click();
    await expect(page.locator('.ant-message')).toContainText('请在此之后摇号');
    await setServerClock(new Date(Date.now() + 2 * 3600_000).toISOString());
    await page.getByTestId('housing-step-ok').click();
    await expect(card).toContainText('已摇号（待公布）');
    await card.getByTestId(`housing-publish-${round}`).click();
    await page.getByRole('button', { name: '公布结果' }).last().click();
    await expect(card).toContainText('结果已公布');
    await expect(page.getByTestId(`housing-cutoffs-${round}`)).toContainText('未配满');
    await shot(page, 'housing-office-published');
    await page.getByRole('tab', { name: '候补名单' }).click();
    await shot(page, 'housing-office-waitlists');

    // The public: the cutoffs and how to re-check.
    const pub = await (await browser.newContext({ baseURL })).newPage();
    await pub.goto('/housing/results');
    await expect(pub.getByRole('heading', { name: '人才公寓摇号结果公示' })).toBeVisible();
    await expect(pub.getByTestId(`housing-public-${round}`)).toContainText('0 / 2');
    await expect(pub.getByTestId(`housing-verify-${round}`)).toContainText(`bole housing verify ${round} --from ${round}.json`);
    await shot(pub, 'housing-public-results');
    const published = await pub.request.get(`/api/v1/public/housing/rounds/${round}/published`);
    expect(published.status()).toBe(200);
    expect((await published.json()).eligible).toEqual([]);
    await pub.context().close();
    await talentContext.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
