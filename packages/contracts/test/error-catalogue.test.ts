/**
 * The error catalogue is the one list of `BOLE_*` codes: each once, with a status, a title and
 * a message in both languages whose parameters are filled in; `docs/errors.md` is what the
 * catalogue says (regenerate it with `npm run docs:errors`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_GROUPS, isErrorCode, renderError, type ErrorCode, type ErrorDefinition } from '../src/index.js';
import { errorsMarkdown } from '../src/errors/errors-doc.js';

const entries = Object.entries(ERROR_CATALOGUE) as [ErrorCode, ErrorDefinition][];
const holes = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('error catalogue', () => {
  it('lists each code once, in exactly one group', () => {
    const grouped = ERROR_GROUPS.flatMap((g) => g.codes);
    expect(grouped).toHaveLength(new Set(grouped).size);
    expect(new Set(grouped)).toEqual(new Set(Object.keys(ERROR_CATALOGUE)));
  });

  it('gives every code an error status, a title and a message in Chinese and English', () => {
    for (const [code, def] of entries) {
      expect(code, code).toMatch(/^BOLE_[A-Z]+(_[A-Z]+)*$/);
      expect(def.status >= 400 && def.status < 600, code).toBe(true);
      expect(def.title.en.length > 0 && /[\u4e00-\u9fff]/.test(def.title.zh), code).toBe(true);
      expect(def.detail.en.length > 0 && def.detail.zh.length > 0, code).toBe(true);
    }
  });

  it('gives defaults only to parameters the message has', () => {
    for (const [code, def] of entries) {
      const named = new Set([...holes(def.detail.en), ...holes(def.detail.zh)]);
      for (const name of Object.keys(def.defaults ?? {})) expect(named.has(name), `${code}.${name}`).toBe(true);
    }
  });

  it('fills a message in each language from its parameters, with defaults for those left out', () => {
    expect(renderError('BOLE_NOT_FOUND', { what: { en: 'The talent', zh: '该人才' } })).toEqual({
      status: 404,
      title: { en: 'Not found', zh: '未找到' },
      detail: { en: 'The talent was not found.', zh: '未找到该人才。' },
    });
    expect(renderError('BOLE_NOT_FOUND').detail).toEqual({ en: 'The resource at this address was not found.', zh: '未找到请求的资源。' });
    expect(renderError('BOLE_POLICY_RETIRED', { version: 3 }).detail).toEqual({ en: 'Version 3 is already retired.', zh: '第 3 版已停用。' });
    expect(renderError('BOLE_RATE_LIMITED', { wait: { en: '20 s', zh: ' 20 秒' } }).detail.zh).toBe('请求过于频繁，请 20 秒后再试。');
  });

  it('tells a code of the catalogue from any other string', () => {
    expect(isErrorCode('BOLE_FORBIDDEN')).toBe(true);
    expect(isErrorCode('BOLE_NO_SUCH_THING')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('is what docs/errors.md says (run `npm run docs:errors` after changing it)', () => {
    const committed = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    expect(committed).toBe(errorsMarkdown());
  });
});
