/**
 * `docs/errors.md`, written from the catalogue: every code with its status, what it means and
 * its message in both languages. `npm run docs:errors` writes the file; a test fails when the
 * committed file differs from what this returns.
 */
import { ERROR_CATALOGUE, ERROR_GROUPS, type ErrorCode } from './index.js';
import type { ErrorParam } from './error-definition.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const shown = (v: ErrorParam) => (typeof v === 'object' ? `${v.en} / ${v.zh}` : String(v));

function row(code: ErrorCode): string {
  const def = ERROR_CATALOGUE[code];
  const defaults = 'defaults' in def ? Object.entries(def.defaults as Record<string, ErrorParam>) : [];
  const withDefaults = defaults.length ? `<br>defaults: ${defaults.map(([k, v]) => `\`${k}\` = “${shown(v)}”`).join('; ')}` : '';
  return `| \`${code}\` | ${def.status} | ${cell(def.title.en)}<br>${cell(def.title.zh)} | ${cell(def.detail.en)}<br>${cell(def.detail.zh)}${cell(withDefaults)} |`;
}

/** The Markdown of `docs/errors.md`. */
export function errorsMarkdown(): string {
  const lines = [
    '# Error codes',
    '',
    '<!-- Generated from packages/contracts/src/errors by `npm run docs:errors`; do not edit by hand. -->',
    '',
    'Every failed API call answers with an RFC 9457 problem (`Content-Type: application/problem+json`):',
    '',
    '```json',
    '{',
    '  "type": "https://bole.dev/problems/not-found",',
    '  "title": "Not found",',
    '  "status": 404,',
    '  "code": "BOLE_NOT_FOUND",',
    '  "detail": "The talent was not found.",',
    '  "detailZh": "未找到该人才。",',
    '  "instance": "/api/v1/talents/…",',
    '  "requestId": "3f1c9a2e-…",',
    '  "errors": [{ "field": "birthDate", "message": "is required" }]',
    '}',
    '```',
    '',
    '- `code` is stable: program against it, never against the wording. A client may meet a code',
    '  newer than itself; `status` and `title` still say what kind of failure it is.',
    '- `title` says what the code means; `detail` (English) and `detailZh` (Chinese) say what',
    '  happened this time, from the template below with `{parameters}` filled in.',
    '- `errors`, when present, names each field at fault by a dotted path (`employer.chain`,',
    '  `honors.0`) with what is wrong, in English.',
    "- `requestId` is the request's id, also sent in the `X-Request-Id` header (the one a proxy",
    '  sent, when well-formed): quote it when reporting a failure, and operators find its log lines.',
    '- A client error the server has no code of its own for answers `BOLE_CLIENT_ERROR` with the',
    '  status it had (for example 411).',
    '',
  ];
  for (const group of ERROR_GROUPS) {
    lines.push(`## ${group.title.en} · ${group.title.zh}`, '', '| code | status | meaning | message |', '| --- | --- | --- | --- |');
    for (const code of group.codes) lines.push(row(code));
    lines.push('');
  }
  return lines.join('\n');
}
