import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import zh from '../../i18n/zh-CN.json';
import en from '../../i18n/en.json';
import { notificationTarget, notificationText } from './notification-text';

const SETTLE = { zh: '高层次人才安家补贴', en: 'Settling-in allowance for high-level talent' };
/** A payload as application.move.ts writes it. */
const app = (extra: Record<string, unknown> = {}) => ({
  applicationId: '7d0c4a8e-1111-4222-8333-944455556666',
  policyId: 'settle-allowance',
  title: SETTLE,
  status: 'in_review',
  department: 'rsj',
  departmentName: { zh: '人社局', en: 'Human Resources and Social Security Bureau' },
  dueDate: '2026-08-05',
  ...extra,
});

let tZh: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
  tZh = i18n.getFixedT('zh-CN');
  tEn = i18n.getFixedT('en');
});

const zhText = (kind: string, payload: Record<string, unknown>) => notificationText(tZh, { kind, payload }, 'zh-CN');
const enText = (kind: string, payload: Record<string, unknown>) => notificationText(tEn, { kind, payload }, 'en');

describe('notification kind → one line of text', () => {
  it('says what happened to an application, with its policy title, department and dates', () => {
    expect(zhText('application.return', app({ status: 'returned', department: null, departmentName: null, reason: '请补充劳动合同' }))).toBe('「高层次人才安家补贴」申请已退回补充材料');
    expect(enText('application.return', app({ status: 'returned' }))).toBe('“Settling-in allowance for high-level talent” application returned for more documents');
    expect(zhText('application.submit', app())).toBe('「高层次人才安家补贴」申请已提交，等待人社局审核');
    expect(zhText('application.resubmit', app())).toBe('「高层次人才安家补贴」申请已重新提交，等待人社局审核');
    expect(zhText('application.approve', app({ department: 'czj', departmentName: { zh: '财政局', en: 'Finance Bureau' } }))).toBe('「高层次人才安家补贴」申请已通过上一环节，转财政局审核');
    expect(zhText('application.approve', app({ status: 'approved', department: null, departmentName: null }))).toBe('「高层次人才安家补贴」申请已审核通过');
    expect(zhText('application.reject', app({ status: 'rejected', department: null }))).toBe('「高层次人才安家补贴」申请未通过审核');
    expect(zhText('application.appeal', app({ department: 'rcb', departmentName: null }))).toBe('「高层次人才安家补贴」申请已提出复核，由人才办办理');
    expect(zhText('application.escalate', app())).toBe('「高层次人才安家补贴」申请在人社局办理超期，已督办');
    expect(zhText('application.due_date_moved', app({ previousDueDate: '2026-09-30', dueDate: '2026-10-09' }))).toBe('「高层次人才安家补贴」办理期限由 2026-09-30 调整为 2026-10-09');
    expect(enText('application.due_date_moved', app({ previousDueDate: '2026-09-30', dueDate: '2026-10-09' }))).toBe('“Settling-in allowance for high-level talent” deadline moved from 2026-09-30 to 2026-10-09');
  });

  it('still reads well when the payload lacks a field', () => {
    expect(zhText('application.submit', { applicationId: 'x', policyId: 'rent-subsidy' })).toBe('「rent-subsidy」申请已提交');
    expect(zhText('application.return', {})).toBe('「政策」申请已退回补充材料');
    expect(zhText('application.due_date_moved', app())).toBe('「高层次人才安家补贴」申请有新进展');
    expect(zhText('application.something_new', app())).toBe('「高层次人才安家补贴」申请有新进展');
  });

  it('covers recognition, benefits and unknown kinds', () => {
    expect(zhText('recognition.hr_return', { recognitionId: 'r', status: 'returned', reason: '补材料' })).toBe('人才认定申请已退回补充材料');
    expect(zhText('recognition.office_approve', { noticeEndsOn: '2026-10-20' })).toBe('人才认定：人才办审批通过，进入公示（至 2026-10-20）');
    expect(zhText('recognition.finalize', { validUntil: '2029-10-09' })).toBe('人才认定完成，已签发人才码（有效期至 2029-10-09）');
    expect(zhText('recognition.finalize', {})).toBe('人才认定完成，已签发人才码');
    expect(enText('recognition.submit', {})).toBe('Talent recognition submitted for review');
    expect(zhText('benefit.granted', { policies: ['a', 'b'] })).toBe('已为您自动兑现 2 项政策待遇');
    expect(zhText('benefit.notice', { policies: ['a'] })).toBe('您有 1 项政策待遇可以申领');
    expect(zhText('payment.paid', {})).toBe('新消息');
    expect(enText('payment.paid', {})).toBe('New notification');
  });

  it('has every zh-CN text in English too, with the same placeholders', () => {
    const flat = (o: object, prefix = ''): Record<string, string> =>
      Object.entries(o).reduce<Record<string, string>>((acc, [k, v]) => (typeof v === 'string' ? { ...acc, [prefix + k]: v } : { ...acc, ...flat(v as object, `${prefix}${k}.`) }), {});
    const z = flat(zh);
    const e = flat(en);
    expect(Object.keys(e).sort()).toEqual(Object.keys(z).sort());
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(z)) expect(holes(e[k]!), k).toEqual(holes(z[k]!));
  });
});

describe('notification → the page it opens', () => {
  const id = '7d0c4a8e-1111-4222-8333-944455556666';
  it('opens the application on the talent’s own page, or the reviewer’s decision page', () => {
    expect(notificationTarget({ kind: 'application.return', payload: app() }, 'talent')).toBe(`/applications/${id}`);
    expect(notificationTarget({ kind: 'application.escalate', payload: app() }, 'reviewer')).toBe(`/review/applications/${id}`);
    expect(notificationTarget({ kind: 'application.escalate', payload: app() }, 'officer')).toBe(`/review/applications/${id}`);
    expect(notificationTarget({ kind: 'application.submit', payload: app() }, 'concierge')).toBeNull();
  });
  it('opens recognition where each role follows it, and benefits for the talent', () => {
    expect(notificationTarget({ kind: 'recognition.finalize', payload: { recognitionId: 'r1' } }, 'talent')).toBe('/recognition');
    expect(notificationTarget({ kind: 'recognition.submit', payload: { recognitionId: 'r1' } }, 'employer')).toBe('/employer-recognition');
    expect(notificationTarget({ kind: 'recognition.submit', payload: { recognitionId: 'r1' } }, 'reviewer')).toBe('/review/recognitions/r1');
    expect(notificationTarget({ kind: 'recognition.hr_approve', payload: { recognitionId: 'r1' } }, 'officer')).toBe('/office/recognitions/r1');
    expect(notificationTarget({ kind: 'benefit.granted', payload: {} }, 'talent')).toBe('/benefits');
    expect(notificationTarget({ kind: 'mystery', payload: {} }, 'talent')).toBeNull();
  });
});
