/**
 * What a notification says and where it leads, from its kind and payload alone (the payload
 * carries the policy title, department and dates, so no other list has to be fetched; a talent
 * may not read the policy list anyway). No UI and no I/O: tested in notification-text.test.ts.
 */
import type { TFunction } from 'i18next';
import { DEPARTMENT_NAMES, type Department, type Notification, type Role } from '@bole/contracts';
import { pickText, type BilingualText } from '../../shared/lib/bilingual';

type Payload = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function bilingual(v: unknown): BilingualText | null {
  if (typeof v !== 'object' || v === null) return null;
  const { zh, en } = v as Record<string, unknown>;
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
}

/** The department named in a payload, in the interface language; null when there is none. */
function departmentOf(p: Payload, lang: string): string | null {
  const named = bilingual(p.departmentName);
  if (named) return pickText(named, lang);
  const code = str(p.department);
  const known = code ? DEPARTMENT_NAMES[code as Department] : undefined;
  return known ? pickText(known, lang) : code;
}

/** The key `base` when `value` is known, else `fallback` (a sentence that does without it). */
function withOptional(base: string, value: string | null, fallback: string): string {
  return value ? base : fallback;
}

function applicationText(t: TFunction, action: string, p: Payload, lang: string): string {
  const title = pickText(bilingual(p.title), lang) || str(p.policyId) || t('notifications.policy');
  const department = departmentOf(p, lang);
  const k = (key: string) => `notifications.kind.application.${key}`;
  switch (action) {
    case 'submit':
    case 'resubmit':
    case 'appeal':
    case 'escalate':
      return t(k(withOptional(action, department, `${action}NoDept`)), { title, department });
    case 'approve':
      // An approval that passes the application on to the next department keeps it in review.
      return t(k(p.status === 'in_review' && department ? 'approveStage' : 'approve'), { title, department });
    case 'reject':
    case 'return':
      return t(k(action), { title });
    case 'due_date_moved': {
      const from = str(p.previousDueDate);
      const to = str(p.dueDate);
      return from && to ? t(k('due_date_moved'), { title, from, to }) : t(k('other'), { title });
    }
    default:
      return t(k('other'), { title });
  }
}

const RECOGNITION_PLAIN = new Set([
  'request',
  'submit',
  'hr_approve',
  'hr_reject',
  'hr_return',
  'office_reject',
  'office_return',
  'withdraw',
  'objection_filed',
  'objection_upheld',
  'objection_dismissed',
]);

function recognitionText(t: TFunction, action: string, p: Payload): string {
  const k = (key: string) => `notifications.kind.recognition.${key}`;
  if (RECOGNITION_PLAIN.has(action)) return t(k(action));
  if (action === 'office_approve' || action === 'finalize') {
    const date = str(action === 'finalize' ? p.validUntil : p.noticeEndsOn);
    return t(k(withOptional(action, date, `${action}_noDate`)), { date });
  }
  return t(k('other'));
}

function benefitText(t: TFunction, action: string, p: Payload): string {
  const count = Array.isArray(p.policies) ? p.policies.length : 0;
  if ((action === 'granted' || action === 'notice') && count > 0) return t(`notifications.kind.benefit.${action}`, { count });
  return t('notifications.kind.benefit.other');
}

/** One readable line for a notification, e.g. 「高层次人才安家补贴」申请已退回补充材料. */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'payload'>, lang: string): string {
  const dot = n.kind.indexOf('.');
  const area = dot < 0 ? n.kind : n.kind.slice(0, dot);
  const action = dot < 0 ? '' : n.kind.slice(dot + 1);
  if (area === 'application') return applicationText(t, action, n.payload, lang);
  if (area === 'recognition') return recognitionText(t, action, n.payload);
  if (area === 'benefit') return benefitText(t, action, n.payload);
  return t('notifications.kind.other');
}

/**
 * The page a notification opens for the reader's role: an application's page (the talent's
 * own or the reviewer's decision page), the recognition case, the benefits list; null when
 * the role has no page for it.
 */
export function notificationTarget(n: Pick<Notification, 'kind' | 'payload'>, role: Role): string | null {
  const p = n.payload;
  if (n.kind.startsWith('application.')) {
    const id = str(p.applicationId);
    if (role === 'talent') return id ? `/applications/${id}` : '/applications';
    if (role === 'reviewer' || role === 'officer') return id ? `/review/applications/${id}` : '/review/applications';
    return null;
  }
  if (n.kind.startsWith('recognition.')) {
    const id = str(p.recognitionId);
    if (role === 'talent') return '/recognition';
    if (role === 'employer') return '/employer-recognition';
    if (role === 'reviewer') return id ? `/review/recognitions/${id}` : '/review/recognitions';
    if (role === 'officer' || role === 'auditor') return id ? `/office/recognitions/${id}` : '/office/recognitions';
    return null;
  }
  if (n.kind.startsWith('benefit.')) return role === 'talent' ? '/benefits' : null;
  return null;
}

/** When a notification was written, short, in the city's time zone. */
export function notificationTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang.startsWith('en') ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
}
