import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { logSerializers, safeError } from './log-safety.js';

const secretHash = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$SECRETHASHVALUE';

/** A PostgreSQL error as pg raises it (code, severity, detail with the value). */
function pgError() {
  return Object.assign(new Error('duplicate key value violates unique constraint "accounts_login_key"'), {
    code: '23505',
    severity: 'ERROR',
    table: 'accounts',
    constraint: 'accounts_login_key',
    detail: 'Key (login)=(13912345678) already exists.',
  });
}

describe('errors in the log carry the query shape, never its values', () => {
  it('drops the parameters of a failed query and the detail of a database error', () => {
    const err = new DrizzleQueryError('insert into "accounts" ("login", "password_hash") values ($1, $2)', ['13912345678', secretHash], pgError());
    const text = JSON.stringify(safeError(err));
    expect(text).not.toContain('SECRETHASHVALUE');
    expect(text).not.toContain('13912345678');
    expect(safeError(err)).toMatchObject({
      query: 'insert into "accounts" ("login", "password_hash") values ($1, $2)',
      paramCount: 2,
      cause: { code: '23505', table: 'accounts', constraint: 'accounts_login_key' },
    });
  });

  it('applies to everything the server logs under `err`, and logs paths without query strings', () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) });
    const log = Fastify({ logger: { level: 'info', serializers: logSerializers, stream } }).log;
    log.error({ err: new DrizzleQueryError('select 1 where $1', [secretHash], new Error(`bad value "${secretHash}"`)) }, 'unhandled error');
    log.info({ req: { method: 'GET', url: '/api/v1/talents?q=张三', host: 'x', ip: '198.51.100.23' } }, 'incoming request');
    expect(lines.join('')).not.toContain('SECRETHASHVALUE');
    expect(lines.join('')).not.toContain('张三');
    // The client's address is personal data: it stays in the audit log and the proxy's access log.
    expect(lines.join('')).not.toContain('198.51.100.23');
    expect(lines.join('')).toContain('/api/v1/talents');
  });
});
