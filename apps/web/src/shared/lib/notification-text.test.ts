import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import zh from '../../i18n/zh-CN.json';
import en from '../../i18n/en.json';
import { loadDemoCity } from '../api/city-testing';
import { notificationTarget, notificationText } from './notification-text';
import {
  APPLICATION_NOTIFICATION_KINDS,
  RECOGNITION_NOTIFICATION_KINDS,
  type ApplicationNotice,
  type NotificationContent,
  type RecognitionNotice,
} from '@bole/contracts';

beforeAll(loadDemoCity);

const SETTLE = { zh: '高层次人才安家补贴', en: 'Settling-in allowance for high-level talent' };
/** A payload as application.move.ts writes it. */
const app = (extra: Partial<ApplicationNotice> = {}): ApplicationNotice => ({
  applicationId: '7d0c4a8e-1111-4222-8333-944455556666',
  policyId: 'settle-allowance',
  title: SETTLE,
  status: 'in_review',
  department: 'rsj',
  departmentName: { zh: '人社局', en: 'Human Resources and Social Security Bureau' },
  dueDate: '2026-08-05',
  ...extra,
});
/** A payload as recognition.move.ts writes it. */
const rec = (extra: Partial<RecognitionNotice> = {}): RecognitionNotice => ({ recognitionId: 'r1', status: 'hr_review', tier: 'D', ...extra });
/** A payment line as the re-imported finance file settles it. */
const line = { lineId: 'l1', batchId: 'b1', period: '2026-07', policyId: 'settle-allowance', title: SETTLE, amountFen: 15_000_000 };

let tZh: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
  tZh = i18n.getFixedT('zh-CN');
  tEn = i18n.getFixedT('en');
});

const zhText = (n: NotificationContent) => notificationText(tZh, n, 'zh-CN');
const enText = (n: NotificationContent) => notificationText(tEn, n, 'en');

describe('notification kind → one line of text', () => {
  it('says what happened to an application, with its policy title, department and dates', () => {
    expect(zhText({ kind: 'application.return', payload: app({ status: 'returned', department: null, departmentName: null, reason: '请补充劳动合同' }) })).toBe(
      '「高层次人才安家补贴」申请已退回补充材料',
    );
    expect(enText({ kind: 'application.return', payload: app({ status: 'returned' }) })).toBe(
      '“Settling-in allowance for high-level talent” application returned for more documents',
    );
    expect(zhText({ kind: 'application.submit', payload: app() })).toBe('「高层次人才安家补贴」申请已提交，等待人社局审核');
    expect(zhText({ kind: 'application.resubmit', payload: app() })).toBe('「高层次人才安家补贴」申请已重新提交，等待人社局审核');
    expect(zhText({ kind: 'application.approve', payload: app({ department: 'czj', departmentName: { zh: '财政局', en: 'Finance Bureau' } }) })).toBe(
      '「高层次人才安家补贴」申请已通过上一环节，转财政局审核',
    );
    expect(zhText({ kind: 'application.approve', payload: app({ status: 'approved', department: null, departmentName: null }) })).toBe(
      '「高层次人才安家补贴」申请已审核通过',
    );
    expect(zhText({ kind: 'application.reject', payload: app({ status: 'rejected', department: null }) })).toBe('「高层次人才安家补贴」申请未通过审核');
    expect(zhText({ kind: 'application.appeal', payload: app({ department: 'rcb', departmentName: null }) })).toBe(
      '「高层次人才安家补贴」申请已提出复核，由人才办办理',
    );
    expect(zhText({ kind: 'application.escalate', payload: app() })).toBe('「高层次人才安家补贴」申请在人社局办理超期，已督办');
    const moved = {
      kind: 'application.due_date_moved',
      payload: { ...app({ dueDate: '2026-10-09' }), previousDueDate: '2026-09-30', source: '国务院办公厅关于2026年部分节假日安排的通知' },
    } as const;
    expect(zhText(moved)).toBe('「高层次人才安家补贴」办理期限由 2026-09-30 调整为 2026-10-09');
    expect(enText(moved)).toBe('“Settling-in allowance for high-level talent” deadline moved from 2026-09-30 to 2026-10-09');
  });

  it('reads well without the department: a closed application, or one back with the talent', () => {
    expect(zhText({ kind: 'application.submit', payload: app({ department: null, departmentName: null }) })).toBe('「高层次人才安家补贴」申请已提交');
    expect(zhText({ kind: 'application.escalate', payload: app({ department: null, departmentName: null }) })).toBe(
      '「高层次人才安家补贴」申请办理超期，已督办',
    );
    // A department code without its name in the payload is named from the contracts' labels.
    expect(zhText({ kind: 'application.submit', payload: app({ department: 'kjj', departmentName: null }) })).toBe(
      '「高层次人才安家补贴」申请已提交，等待科技局审核',
    );
  });

  it('covers recognition and benefits', () => {
    expect(zhText({ kind: 'recognition.hr_return', payload: rec({ status: 'returned', reason: '补材料' }) })).toBe('人才认定申请已退回补充材料');
    expect(zhText({ kind: 'recognition.office_approve', payload: rec({ status: 'public_notice', noticeEndsOn: '2026-10-20' }) })).toBe(
      '人才认定：人才办审批通过，进入公示（至 2026-10-20）',
    );
    expect(zhText({ kind: 'recognition.finalize', payload: rec({ status: 'granted', validUntil: '2029-10-09' }) })).toBe(
      '人才认定完成，已签发人才码（有效期至 2029-10-09）',
    );
    expect(zhText({ kind: 'recognition.finalize', payload: rec({ status: 'granted' }) })).toBe('人才认定完成，已签发人才码');
    expect(enText({ kind: 'recognition.submit', payload: rec() })).toBe('Talent recognition submitted for review');
    expect(zhText({ kind: 'benefit.granted', payload: { at: '2026-07-01', policies: ['a', 'b'], sweepId: 's' } })).toBe('已为您自动兑现 2 项政策待遇');
    expect(zhText({ kind: 'benefit.notice', payload: { at: '2026-07-01', policies: ['a'], sweepId: 's' } })).toBe('您有 1 项政策待遇可以申领');
  });

  it('says which payment was paid or failed, for which month, how much and why', () => {
    expect(zhText({ kind: 'payment.paid', payload: line })).toBe('「高层次人才安家补贴」2026-07 的 150,000 元已发放');
    expect(enText({ kind: 'payment.paid', payload: line })).toBe('“Settling-in allowance for high-level talent” for 2026-07: ¥150,000 paid');
    expect(zhText({ kind: 'payment.failed', payload: { ...line, amountFen: 150_050, reason: '账户已注销' } })).toBe(
      '「高层次人才安家补贴」2026-07 的 1,500.50 元发放失败：账户已注销',
    );
    expect(enText({ kind: 'payment.failed', payload: { ...line, reason: 'account closed' } })).toBe(
      '“Settling-in allowance for high-level talent” for 2026-07: payment of ¥150,000 failed (account closed)',
    );
  });

  it('says what waits for a payout account, and tells the talent every change of their account', () => {
    const waiting: NotificationContent = { kind: 'payment.awaiting_account', payload: { batchId: 'b1', period: '2026-07', lines: 2, amountFen: 15_100_000 } };
    expect(zhText(waiting)).toBe('2026-07 的 151,000 元待遇因未登记收款账户暂缓发放，请尽快登记');
    expect(enText(waiting)).toBe('¥151,000 due for 2026-07 is on hold until you add a payout account');
    const account = { bank: '中国建设银行', accountMask: '**** **** **** 9012' };
    expect(zhText({ kind: 'payout_account.set', payload: { ...account, replaced: false, previous: null } })).toBe(
      '收款账户已设置为 中国建设银行 **** **** **** 9012。如非本人操作，请立即修改密码并联系人才办',
    );
    expect(
      enText({ kind: 'payout_account.set', payload: { ...account, replaced: true, previous: { bank: '中国银行', accountMask: '**** **** **** 0123' } } }),
    ).toBe(
      'Your payout account changed from 中国银行 **** **** **** 0123 to 中国建设银行 **** **** **** 9012. If this was not you, change your password and contact the talent office at once',
    );
    expect(zhText({ kind: 'payout_account.removed', payload: account })).toBe(
      '收款账户 中国建设银行 **** **** **** 9012 已删除。如非本人操作，请立即修改密码并联系人才办',
    );
    expect(notificationTarget(waiting, 'talent')).toBe('/benefits');
    expect(notificationTarget({ kind: 'payout_account.removed', payload: account }, 'talent')).toBe('/benefits');
  });

  it('says which department’s data contradicts which declared facts, and leads the talent to the profile and staff to 数据共享', () => {
    const n: NotificationContent = {
      kind: 'fact.contradicted',
      payload: {
        department: 'rsj',
        departmentName: { zh: '人社局', en: 'HR bureau' },
        talentId: 't1',
        talentName: '张三',
        fields: ['socialInsuranceMonths', 'arrivalDate'],
        importId: 'i1',
      },
    };
    expect(zhText(n)).toBe('人社局数据与张三申报的本市社保缴纳月数、来本市工作时间不一致，以部门数据为准');
    expect(enText(n)).toBe(
      'HR bureau data differs from what 张三 declared: months of social insurance in the city, date of arrival in the city (the department’s value counts)',
    );
    expect(notificationTarget(n, 'talent')).toBe('/profile');
    expect(notificationTarget(n, 'officer')).toBe('/office/department-data');
  });

  it('has a written line, in both languages, for every application and recognition step', () => {
    const all: NotificationContent[] = [
      ...APPLICATION_NOTIFICATION_KINDS.map((kind) => ({ kind, payload: app() })),
      ...RECOGNITION_NOTIFICATION_KINDS.map((kind) => ({ kind, payload: rec() })),
    ];
    for (const n of all) {
      expect(zhText(n), n.kind).toMatch(/[\u4e00-\u9fff]/);
      expect(enText(n), n.kind).not.toMatch(/^notifications\./);
    }
  });

  it('has every zh-CN text in English too, with the same placeholders', () => {
    const flat = (o: object, prefix = ''): Record<string, string> =>
      Object.entries(o).reduce<Record<string, string>>(
        (acc, [k, v]) => (typeof v === 'string' ? { ...acc, [prefix + k]: v } : { ...acc, ...flat(v as object, `${prefix}${k}.`) }),
        {},
      );
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
  it('opens recognition where each role follows it, and 我的待遇 for benefits and payments', () => {
    expect(notificationTarget({ kind: 'recognition.finalize', payload: rec() }, 'talent')).toBe('/recognition');
    expect(notificationTarget({ kind: 'recognition.submit', payload: rec() }, 'employer')).toBe('/employer-recognition');
    expect(notificationTarget({ kind: 'recognition.submit', payload: rec() }, 'reviewer')).toBe('/review/recognitions/r1');
    expect(notificationTarget({ kind: 'recognition.hr_approve', payload: rec() }, 'officer')).toBe('/office/recognitions/r1');
    expect(notificationTarget({ kind: 'benefit.granted', payload: { at: '2026-07-01', policies: ['a'], sweepId: 's' } }, 'talent')).toBe('/benefits');
    expect(notificationTarget({ kind: 'payment.paid', payload: line }, 'talent')).toBe('/benefits');
    expect(notificationTarget({ kind: 'payment.failed', payload: { ...line, reason: 'x' } }, 'talent')).toBe('/benefits');
  });
});
