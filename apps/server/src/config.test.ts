import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('applies defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('reports every bad key together', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', BOLE_DATA_KEY: 'abc', BOLE_LOG_LEVEL: 'loud' });
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'DATABASE_URL', 'BOLE_DATA_KEY', 'BOLE_LOG_LEVEL']) expect(problems).toContain(key);
      expect((e as ConfigError).problems).toHaveLength(4);
    }
  });

  it('accepts a PostgreSQL URL and a 256-bit key', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', BOLE_DATA_KEY: 'a'.repeat(64), PORT: '8080' });
    expect(c.databaseUrl).toBe('postgres://u@h:5432/db');
    expect(c.dataKeyHex).toBe('a'.repeat(64));
    expect(c.port).toBe(8080);
  });

  it('reads the value above which an application needs a second approver, ¥50,000 by default', () => {
    expect(loadConfig({}).secondApprovalAboveFen).toBe(5_000_000);
    expect(loadConfig({ BOLE_SECOND_APPROVAL_ABOVE_FEN: '10000000' }).secondApprovalAboveFen).toBe(10_000_000);
    for (const bad of ['-1', '50000.5', 'fifty']) {
      expect(() => loadConfig({ BOLE_SECOND_APPROVAL_ABOVE_FEN: bad })).toThrow(/BOLE_SECOND_APPROVAL_ABOVE_FEN/);
    }
  });

  it('keeps evidence in the data folder with PGlite and in the database with PostgreSQL, unless told', () => {
    expect(loadConfig({}).evidenceStore).toBe('local');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).evidenceStore).toBe('database');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', BOLE_EVIDENCE_STORE: 'local' }).evidenceStore).toBe('local');
    expect(loadConfig({ BOLE_EVIDENCE_STORE: 'database' }).evidenceStore).toBe('database');
    expect(() => loadConfig({ BOLE_EVIDENCE_STORE: 's3' })).toThrow(/BOLE_EVIDENCE_STORE: must be local .* or database/);
  });
});
