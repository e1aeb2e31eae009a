/**
 * The dependency boundaries fail the lint when broken: each rule of scripts/eslint/boundaries.mjs
 * on a small file placed where the rule applies (and where it does not).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import boundaries from './boundaries.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const linter = new Linter({ cwd: root });

/** The boundary rules' messages for `code` as the file at `path` (from the repository root). */
function lint(path: string, code: string): string[] {
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' as const },
    plugins: { bole: boundaries },
    rules: { 'bole/layers': 'error', 'bole/server-modules': 'error', 'bole/table-writes': 'error' },
  } as Linter.Config;
  return linter.verify(code, config, resolve(root, path)).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers: contracts ← engine ← server, contracts ← web', () => {
  it('refuses the engine or contracts importing the server or the web', () => {
    expect(lint('packages/engine/src/x.ts', "import { a } from '@bole/server';")).toHaveLength(1);
    expect(lint('packages/engine/src/x.ts', "import { a } from '../../../apps/web/src/shared/lib/money.js';")).toHaveLength(1);
    expect(lint('packages/contracts/src/x.ts', "import { a } from '@bole/engine';")).toHaveLength(1);
    expect(lint('apps/web/src/shared/x.ts', "import { a } from '@bole/server';")).toHaveLength(1);
  });

  it('lets each workspace import what it builds on', () => {
    expect(lint('packages/engine/src/x.ts', "import { a } from '@bole/contracts';")).toEqual([]);
    expect(lint('apps/server/src/talents/x.ts', "import { a } from '@bole/engine';")).toEqual([]);
    expect(lint('apps/web/src/shared/x.ts', "import { a } from '@bole/contracts';")).toEqual([]);
  });
});

describe('server modules: only repositories touch Drizzle and tables', () => {
  it('refuses Drizzle, a driver or a table outside a repository', () => {
    expect(lint('apps/server/src/talents/talent.service.ts', "import { sql } from 'drizzle-orm';")[0]).toMatch(/only \*\.repository\.ts/i);
    expect(lint('apps/server/src/talents/talent.routes.ts', "import pg from 'pg';")).toHaveLength(1);
    expect(lint('apps/server/src/talents/talent.service.ts', "import { talents } from './talent.table.js';")).toHaveLength(1);
    expect(lint('apps/server/src/health/health.routes.ts', "import type { X } from '../talents/talent.table.js';")).toHaveLength(1);
  });

  it('lets repositories, tables, db/ and tests use them', () => {
    expect(lint('apps/server/src/talents/talent.repository.ts', "import { sql } from 'drizzle-orm';\nimport { talents } from './talent.table.js';")).toEqual(
      [],
    );
    expect(lint('apps/server/src/db/schema.ts', "export * from '../talents/talent.table.js';")).toEqual([]);
    expect(lint('apps/server/src/talents/talent.int.test.ts', "import { sql } from 'drizzle-orm';")).toEqual([]);
  });

  it('refuses a module importing another module’s repository, even for a type', () => {
    const msgs = lint('apps/server/src/payments/payment.service.ts', "import type { EntitlementRow } from '../benefits/entitlement.repository.js';");
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/benefits module’s service/);
    expect(lint('apps/server/src/payments/payment.service.ts', "import { linesOfTalent } from './payment.repository.js';")).toEqual([]);
    expect(lint('apps/server/src/payments/payment.service.ts', "import { entitlementsOfTalent } from '../benefits/entitlement.service.js';")).toEqual([]);
  });
});

describe('table writes: only the owning module writes its tables', () => {
  const repo = 'apps/server/src/payments/payment.repository.ts';
  const header =
    "import { sql } from 'drizzle-orm';\nimport { talents } from '../talents/talent.table.js';\nimport { paymentLines } from './payment.table.js';\n";

  it('lets a repository read and join another module’s table', () => {
    expect(lint(repo, `${header}export const q = (tx) => tx.select().from(paymentLines).innerJoin(talents, sql\`true\`);`)).toEqual([]);
  });

  it('refuses insert, update and delete of another module’s table, in the query builder or in SQL', () => {
    for (const write of [
      'tx.insert(talents).values({})',
      'tx.update(talents).set({})',
      'tx.delete(talents)',
      'tx.execute(sql`update ${talents} set tier = 1`)',
    ]) {
      const msgs = lint(repo, `${header}export const w = (tx) => ${write};`);
      expect(msgs, write).toHaveLength(1);
      expect(msgs[0]).toMatch(/talents table belongs to the talents module/);
    }
  });

  it('lets a repository write its own tables', () => {
    expect(lint(repo, `${header}export const w = (tx) => tx.insert(paymentLines).values({});`)).toEqual([]);
  });

  it('exempts the seed’s bulk loading of a whole city', () => {
    expect(lint('apps/server/src/seed/seed.repository.ts', `${header}export const w = (tx) => tx.insert(talents).values({});`)).toEqual([]);
  });
});
