/**
 * What a notification says and where it leads, from its kind and payload alone (the payload
 * carries the policy title, department, dates and amounts, so no other list has to be fetched;
 * a talent may not read the policy list anyway). Typed by the contract's union: a kind the
 * server gains is a compile error here until it has a line and a link. No UI and no I/O:
 * tested in notification-text.test.ts.
 */
import type { TFunction } from 'i18next';
import {
  EVENT_REGISTRATION_STATUS_LABELS,
  fieldLabel,
  SERVICE_ACTION_LABELS,
  SERVICE_CATEGORY_LABELS,
  type ApplicationNotice,
  type NotificationContent,
  type Role,
} from '@bole/contracts';
import { cityLabel } from '../api/city';
import { pickText } from './bilingual';
import { formatFen } from './money';
import { formatDateTime } from './date-time';

type ApplicationNotification = Extract<NotificationContent, { kind: `application.${string}` }>;
type RecognitionNotification = Extract<NotificationContent, { kind: `recognition.${string}` }>;
const isApplication = (n: NotificationContent): n is ApplicationNotification => n.kind.startsWith('application.');

/** The department named in a payload, in the interface language; null when there is none. */
function departmentOf(p: ApplicationNotice, lang: string): string | null {
  if (p.departmentName) return pickText(p.departmentName, lang);
  const known = p.department ? cityLabel('department', p.department) : null;
  return known ? pickText(known, lang) : (p.department ?? null);
}

function applicationText(t: TFunction, n: ApplicationNotification, lang: string): string {
  const p = n.payload;
  const title = pickText(p.title, lang) || p.policyId;
  const department = departmentOf(p, lang);
  const k = (key: string) => `notifications.kind.application.${key}`;
  switch (n.kind) {
    case 'application.submit':
    case 'application.resubmit':
    case 'application.appeal':
    case 'application.escalate': {
      const action = n.kind.slice('application.'.length);
      return t(k(department ? action : `${action}NoDept`), { title, department });
    }
    case 'application.approve':
      // An approval that passes the application on to the next department keeps it in review.
      return t(k(p.status === 'in_review' && department ? 'approveStage' : 'approve'), { title, department });
    case 'application.first_approval':
      return t(k(department ? 'first_approval' : 'first_approvalNoDept'), { title, department });
    case 'application.first_approval_withdrawn':
      return t(k('first_approval_withdrawn'), { title });
    case 'application.reject':
      return t(k('reject'), { title });
    case 'application.return':
      return t(k('return'), { title });
    case 'application.due_date_moved':
      return t(k('due_date_moved'), { title, from: n.payload.previousDueDate, to: p.dueDate ?? '—' });
  }
}

function recognitionText(t: TFunction, n: RecognitionNotification): string {
  const action = n.kind.slice('recognition.'.length);
  const k = (key: string) => `notifications.kind.recognition.${key}`;
  if (n.kind === 'recognition.office_approve' || n.kind === 'recognition.finalize') {
    const date = n.kind === 'recognition.finalize' ? n.payload.validUntil : n.payload.noticeEndsOn;
    return t(k(date ? action : `${action}_noDate`), { date });
  }
  return t(k(action));
}

/** One readable line for a notification, e.g. 「高层次人才安家补贴」申请已退回补充材料. */
export function notificationText(t: TFunction, n: NotificationContent, lang: string): string {
  switch (n.kind) {
    case 'benefit.granted':
    case 'benefit.notice':
      return t(`notifications.kind.${n.kind}`, { count: n.payload.policies.length });
    case 'payment.paid':
    case 'payment.failed': {
      const p = n.payload;
      const vars = { title: pickText(p.title, lang) || p.policyId, period: p.period, amount: formatFen(p.amountFen, lang) };
      return n.kind === 'payment.paid'
        ? t('notifications.kind.payment.paid', vars)
        : t('notifications.kind.payment.failed', { ...vars, reason: n.payload.reason });
    }
    case 'payment.awaiting_account':
      return t('notifications.kind.payment.awaiting_account', { period: n.payload.period, amount: formatFen(n.payload.amountFen, lang) });
    case 'payout_account.set': {
      const p = n.payload;
      const vars = { bank: p.bank, mask: p.accountMask };
      return p.previous
        ? t('notifications.kind.payout_account.replaced', { ...vars, previous: `${p.previous.bank} ${p.previous.accountMask}` })
        : t('notifications.kind.payout_account.set', vars);
    }
    case 'payout_account.removed':
      return t('notifications.kind.payout_account.removed', { bank: n.payload.bank, mask: n.payload.accountMask });
    case 'fact.contradicted': {
      const p = n.payload;
      const fields = p.fields.map((f) => pickText(fieldLabel(f), lang)).join(lang.startsWith('en') ? ', ' : '、');
      return t('notifications.kind.fact.contradicted', { department: pickText(p.departmentName, lang), name: p.talentName, fields });
    }
    case 'talent.id_number_cleared':
      return t('notifications.kind.talent.id_number_cleared', { reason: n.payload.reason });
    case 'service_request.step': {
      const p = n.payload;
      return t('notifications.kind.service_request.step', {
        category: pickText(SERVICE_CATEGORY_LABELS[p.category], lang),
        action: pickText(SERVICE_ACTION_LABELS[p.action], lang),
      });
    }
    case 'survey.sent':
    case 'survey.reminder':
      return t(`notifications.kind.${n.kind}`, { title: n.payload.title, deadline: n.payload.deadline });
    case 'event.registration': {
      const p = n.payload;
      const vars = { event: p.eventTitle, session: p.sessionTitle, status: pickText(EVENT_REGISTRATION_STATUS_LABELS[p.status], lang) };
      return p.offerExpiresAt
        ? t('notifications.kind.event.offered', { ...vars, until: formatDateTime(p.offerExpiresAt) })
        : t('notifications.kind.event.registration', vars);
    }
  }
  return isApplication(n) ? applicationText(t, n, lang) : recognitionText(t, n);
}

/**
 * The page a notification opens for the reader's role: an application's page (the talent's
 * own or the reviewer's decision page), the recognition case, 我的待遇 for benefits, payments
 * and the payout account; null when the role has no page for it.
 */
export function notificationTarget(n: NotificationContent, role: Role): string | null {
  switch (n.kind) {
    case 'benefit.granted':
    case 'benefit.notice':
    case 'payment.paid':
    case 'payment.failed':
    case 'payment.awaiting_account':
    case 'payout_account.set':
    case 'payout_account.removed':
      // The payout account is kept on 我的待遇, beside the payments it receives.
      return role === 'talent' ? '/benefits' : null;
    case 'fact.contradicted':
      // The talent sees each fact's status on their profile; the office sees the import that brought it.
      return role === 'talent' ? '/profile' : role === 'officer' || role === 'reviewer' ? '/office/department-data' : null;
    case 'talent.id_number_cleared':
      return role === 'talent' ? '/profile' : null;
    case 'service_request.step':
      return role === 'talent' ? '/services' : ['concierge', 'reviewer', 'officer'].includes(role) ? `/service-desk/${n.payload.requestId}` : null;
    case 'survey.sent':
    case 'survey.reminder':
      return role === 'employer' ? '/employer/surveys' : null;
    case 'event.registration':
      return role === 'talent' ? '/events/mine' : null;
  }
  if (isApplication(n)) {
    const id = n.payload.applicationId;
    if (role === 'talent') return `/applications/${id}`;
    if (role === 'reviewer' || role === 'officer') return `/review/applications/${id}`;
    return null;
  }
  const id = n.payload.recognitionId;
  if (role === 'talent') return '/recognition';
  if (role === 'employer') return '/employer-recognition';
  if (role === 'reviewer') return `/review/recognitions/${id}`;
  if (role === 'officer' || role === 'auditor') return `/office/recognitions/${id}`;
  return null;
}

/** When a notification was written, short, in the city's time zone. */
export function notificationTime(iso: string): string {
  return formatDateTime(iso);
}
