/**
 * Documents that fit the process: one file offered as proof of several different things is
 * flagged to the reviewer; irreversible actions ask first (withdrawing a recognition request
 * names what it ends, and cancelling leaves the request as it was).
 */
import { expect, test } from '@playwright/test';
import {
  DEMO,
  originHeaders,
  registerDoctorAtDemoEmployerApi,
  registerTalentWithProfileApi,
  shot,
  signIn,
  uniqueTag,
  uploadEvidenceApi,
} from './support/fixtures';

test('a file uploaded as two different kinds of proof is flagged on the reviewer’s decision page', async ({ page, baseURL }) => {
  // A doctor who joined the demo employer this year applies for the settling-in allowance.
  const name = `一文多用${uniqueTag()}`;
  await registerDoctorAtDemoEmployerApi(page, baseURL, name, 200, 10);
  // The same scan uploaded as the employment contract and as the social-insurance record.
  const scan = Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
  const upload = async (kind: string) => {
    const res = await page.request.post(`/api/v1/evidence?kind=${kind}`, {
      headers: originHeaders(baseURL),
      multipart: { file: { name: `scan-${kind}.pdf`, mimeType: 'application/pdf', buffer: scan } },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).id as string;
  };
  const tierProof = await uploadEvidenceApi(page.request, baseURL, 'tier_certificate', uniqueTag());
  const contract = await upload('employment_contract');
  const insurance = await upload('social_insurance_record');
  const applied = await page.request.post('/api/v1/applications', {
    headers: originHeaders(baseURL),
    data: {
      policyId: 'settle-allowance',
      evidence: [
        { requirement: 0, evidenceId: tierProof },
        { requirement: 1, evidenceId: contract },
        { requirement: 2, evidenceId: insurance },
      ],
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);

  await signIn(page, baseURL, DEMO.reviewer);
  await page.goto(`/review/applications/${(await applied.json()).id}`);
  const evidence = page.getByTestId('decision-evidence');
  await expect(evidence.getByTestId('shared-file-warning')).toHaveText('同一文件被用作多项不同的证明材料，请核对每项材料是否确实由该文件证明。');
  await expect(evidence.getByTestId('shared-file')).toHaveCount(2);
  await shot(page, 'review-shared-file');
});

test('withdrawing a recognition request asks for confirmation, and cancelling keeps the draft', async ({ page, baseURL }) => {
  await registerTalentWithProfileApi(page.request, baseURL, `撤回${uniqueTag()}`, {
    highestDegree: 'doctorate',
    graduationDate: '2016-06-30',
    schoolTier: 'double_first_class',
    arrivalDate: '2018-08-01',
    socialInsuranceMonths: 60,
  });
  await page.goto('/recognition');
  await page.getByTestId('rec-request').click();
  const current = page.getByTestId('rec-current');
  await expect(current.getByTestId('rec-status')).toHaveText('草稿');

  await current.getByTestId('rec-withdraw').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('撤回认定申请？');
  await expect(dialog).toContainText('撤回后此申请即结束，不能恢复');
  await shot(page, 'recognition-withdraw-confirm');
  await dialog.getByRole('button', { name: /取\s?消/ }).click();
  await expect(dialog).toBeHidden();
  await expect(current.getByTestId('rec-status')).toHaveText('草稿');

  await current.getByTestId('rec-withdraw').click();
  await page.getByTestId('rec-withdraw-ok').click();
  await expect(current.getByTestId('rec-status')).toHaveText('已撤回');
});
