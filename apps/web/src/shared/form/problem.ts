/**
 * Turning a server problem+json into what a person sees: field errors on the form fields
 * (the server names them with dotted paths like `birthDate` or `honors.0`) and one message
 * in the current language.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { errorDefinition, isErrorCode, type ErrorCode, type Problem } from '@bole/contracts';
import { ApiError } from '../api/client';
import { serverMessageKey } from './server-messages';

/** Field errors grouped by top-level form field name. */
export function problemFieldErrors(problem: Problem | null): { name: string; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const e of problem?.errors ?? []) {
    const name = e.field.split('.')[0]?.trim();
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), e.message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** Whether a failed call was refused with `code` of the error catalogue. */
export function hasErrorCode(err: unknown, code: ErrorCode): err is ApiError {
  return err instanceof ApiError && err.problem?.code === code;
}

/**
 * The text to show for a failed call in the person's language: the server's detail (rendered
 * from the error catalogue in both languages), else what the catalogue says the code means.
 */
export function errorText(err: unknown, lang: string, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('common.unknownError');
  if (err.status === 0) return t('common.networkError');
  const p = err.problem;
  if (!p) return t('common.unknownError');
  const en = lang === 'en';
  const detail = en ? p.detail : p.detailZh;
  if (detail) return detail;
  if (isErrorCode(p.code)) return errorDefinition(p.code).title[en ? 'en' : 'zh'];
  return p.detail || t('common.unknownError');
}

/**
 * Puts the server's field errors on the form's fields (only fields the form has) and returns
 * how many it placed.
 */
export function applyProblemToForm(form: FormInstance, err: unknown, knownFields: readonly string[], t: TFunction): number {
  if (!(err instanceof ApiError)) return 0;
  const fields = problemFieldErrors(err.problem).filter((f) => knownFields.includes(f.name));
  const say = (m: string) => {
    const key = serverMessageKey(m);
    return key ? t(key, { label: '' }) : m;
  };
  form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors.map(say) })));
  return fields.length;
}
