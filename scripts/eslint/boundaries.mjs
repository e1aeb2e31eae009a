/**
 * The repository's dependency rules as an ESLint plugin (`bole/…`), stated in docs/ARCHITECTURE.md
 * ("Boundaries the build enforces"):
 *
 * - `bole/layers`: `packages/contracts` imports no other workspace; `packages/engine` imports
 *   only contracts; the web imports contracts, never the server or the engine's internals.
 * - `bole/server-modules`: inside `apps/server/src`, only `*.repository.ts`, `*.table.ts` and
 *   `db/` import Drizzle, a database driver or a `*.table.ts`; no file imports another
 *   module's `*.repository.ts` (it calls that module's service or an exported read function).
 * - `bole/table-writes`: a repository reads (joins) other modules' tables but writes only its own
 *   module's tables; `db/` tables (key-value settings) are shared, and `seed/` bulk-loads a whole
 *   synthetic city by design.
 *
 * Test code (`*.test.ts`, `apps/server/test/`, `testing.ts` / `*-testing.ts` helpers) sets up
 * data through any module and is exempt from the server rules.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_SRC = 'apps/server/src/';
const DRIVERS = ['drizzle-orm', '@electric-sql/pglite', 'postgres', 'pg', 'pg-copy-streams'];
/** Modules whose tables every module may write (shared key-value settings). */
const SHARED_TABLE_MODULES = new Set(['db']);
/** Modules that write other modules' tables by design (bulk loading of a synthetic city). */
const BULK_WRITERS = new Set(['seed']);

/** The file's path from the repository root, with forward slashes. */
function repoPath(file) {
  return relative(root, file).split(sep).join('/');
}

/** The repository path a relative import resolves to (`./x.js` → `…/x.ts` when that exists). */
function resolveRelative(fromFile, specifier) {
  const abs = resolve(dirname(fromFile), specifier);
  const candidates = [abs, abs.replace(/\.js$/, '.ts'), abs.replace(/\.js$/, '.tsx'), `${abs}.ts`, `${abs}.tsx`, `${abs}/index.ts`];
  return repoPath(candidates.find((c) => existsSync(c)) ?? abs);
}

/** `contracts`, `engine`, `server`, `web` or null (tooling, tests, benchmarks). */
function workspaceOf(path) {
  if (path.startsWith('packages/contracts/')) return 'contracts';
  if (path.startsWith('packages/engine/')) return 'engine';
  if (path.startsWith('apps/server/')) return 'server';
  if (path.startsWith('apps/web/')) return 'web';
  return null;
}

/** The server module (first folder under src; '' for the root files) of a server path. */
function moduleOf(path) {
  if (!path.startsWith(SERVER_SRC)) return null;
  const rest = path.slice(SERVER_SRC.length).split('/');
  return rest.length > 1 ? rest[0] : '';
}

/** Test code sets up data through any module. */
function isTestCode(path) {
  return /\.test\.tsx?$/.test(path) || path.startsWith('apps/server/test/') || /(^|\/|-)testing\.ts$/.test(path);
}

const isDriver = (specifier) => DRIVERS.some((d) => specifier === d || specifier.startsWith(`${d}/`));
const isRepository = (path) => /\.repository\.ts$/.test(path);
const isTable = (path) => /\.table\.ts$/.test(path);

/** Calls `visit(node, specifier)` for every static import, re-export and literal dynamic import. */
function eachImport(visit) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') visit(node.source, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') visit(node.source, node.source.value);
    },
  };
}

/** Which workspaces each workspace may import (by package name or by relative path). */
const ALLOWED_WORKSPACES = {
  contracts: ['contracts'],
  engine: ['contracts', 'engine'],
  server: ['contracts', 'engine', 'server'],
  web: ['contracts', 'web'],
};
const PACKAGE_WORKSPACE = { '@bole/contracts': 'contracts', '@bole/engine': 'engine', '@bole/server': 'server', '@bole/web': 'web' };

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'contracts ← engine ← server; contracts ← web: no workspace imports one it must not know' },
    messages: { layer: '{{from}} must not import {{to}} ({{specifier}}): dependencies flow contracts ← engine ← server, contracts ← web' },
    schema: [],
  },
  create(context) {
    const path = repoPath(context.filename);
    const from = workspaceOf(path);
    if (!from) return {};
    return eachImport((node, specifier) => {
      const pkg = Object.keys(PACKAGE_WORKSPACE).find((p) => specifier === p || specifier.startsWith(`${p}/`));
      const to = pkg ? PACKAGE_WORKSPACE[pkg] : specifier.startsWith('.') ? workspaceOf(resolveRelative(context.filename, specifier)) : null;
      if (to && !ALLOWED_WORKSPACES[from].includes(to)) context.report({ node, messageId: 'layer', data: { from, to, specifier } });
    });
  },
};

const serverModules = {
  meta: {
    type: 'problem',
    docs: { description: 'only repositories touch Drizzle and tables; no module imports another module’s repository' },
    messages: {
      driver: 'Only *.repository.ts (and *.table.ts, db/) import {{specifier}}: move the query into this module’s repository.',
      table: 'Only *.repository.ts (and *.table.ts, db/) import a table ({{specifier}}): read it through a repository.',
      repository: 'A module never imports another module’s repository ({{specifier}}): call the {{target}} module’s service or an exported read function.',
    },
    schema: [],
  },
  create(context) {
    const path = repoPath(context.filename);
    const mod = moduleOf(path);
    if (mod === null || isTestCode(path)) return {};
    const dataLayer = isRepository(path) || isTable(path) || mod === 'db';
    return eachImport((node, specifier) => {
      if (isDriver(specifier)) {
        if (!dataLayer) context.report({ node, messageId: 'driver', data: { specifier } });
        return;
      }
      if (!specifier.startsWith('.')) return;
      const target = resolveRelative(context.filename, specifier);
      if (isTable(target) && !dataLayer) context.report({ node, messageId: 'table', data: { specifier } });
      const targetModule = moduleOf(target);
      if (isRepository(target) && targetModule !== null && targetModule !== mod) {
        context.report({ node, messageId: 'repository', data: { specifier, target: targetModule || 'root' } });
      }
    });
  },
};

const WRITE_METHODS = new Set(['insert', 'update', 'delete']);

const tableWrites = {
  meta: {
    type: 'problem',
    docs: { description: 'a repository writes only its own module’s tables (reads and joins of other tables are fine)' },
    messages: {
      write:
        'The {{table}} table belongs to the {{owner}} module: only its repositories write it. Call the {{owner}} module’s service (or an exported function) instead.',
    },
    schema: [],
  },
  create(context) {
    const path = repoPath(context.filename);
    const mod = moduleOf(path);
    if (mod === null || isTestCode(path) || BULK_WRITERS.has(mod)) return {};
    /** Local name → owning module, for tables imported from another module. */
    const foreign = new Map();
    const ownerOf = (node) => (node && node.type === 'Identifier' ? foreign.get(node.name) : undefined);
    return {
      ImportDeclaration(node) {
        const specifier = node.source.value;
        if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
        const target = resolveRelative(context.filename, specifier);
        const owner = moduleOf(target);
        if (!isTable(target) || owner === null || owner === mod || SHARED_TABLE_MODULES.has(owner)) return;
        for (const s of node.specifiers) foreign.set(s.local.name, owner);
      },
      // tx.insert(talents) / tx.update(talents) / tx.delete(talents)
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || !WRITE_METHODS.has(callee.property.name)) return;
        const owner = ownerOf(node.arguments[0]);
        if (owner) context.report({ node, messageId: 'write', data: { table: node.arguments[0].name, owner } });
      },
      // sql`update ${talents} set …`, sql`insert into ${talents} …`, sql`delete from ${talents} …`
      TaggedTemplateExpression(node) {
        const { quasis, expressions } = node.quasi;
        expressions.forEach((expr, i) => {
          const owner = ownerOf(expr);
          const before = quasis[i].value.cooked ?? quasis[i].value.raw;
          if (owner && /\b(update|insert\s+into|delete\s+from|truncate(\s+table)?|copy)\s*$/i.test(before)) {
            context.report({ node: expr, messageId: 'write', data: { table: expr.name, owner } });
          }
        });
      },
    };
  },
};

/** The plugin: `bole/layers`, `bole/server-modules`, `bole/table-writes`. */
export default {
  meta: { name: 'bole-boundaries' },
  rules: { layers, 'server-modules': serverModules, 'table-writes': tableWrites },
};
