/**
 * What a consumer of the published OpenAPI document does with it, for the tests: lint it with
 * Redocly (the rules of `redocly.yaml`), and generate a typed client (openapi-typescript types,
 * an openapi-fetch client) that is type-checked and then loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { repoPath } from '../src/platform/paths.js';

/** One finding of `redocly lint`. */
export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/** The result of `redocly lint --format json`. */
export interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

/** A scratch folder inside the repository, so that generated code resolves the installed packages. */
export function scratchDir(): { dir: string; remove(): void } {
  const parent = repoPath('node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bole-openapi-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the Redocly CLI on the document with the repository's `redocly.yaml` (offline: no telemetry, no update check). */
export function lintDocument(doc: object, dir: string): LintReport {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const cli = repoPath('node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const out = join(dir, 'lint.json');
  const run = spawnSync(process.execPath, [cli, 'lint', file, '--config', repoPath('redocly.yaml'), '--format', 'json', '--max-problems', '10000'], {
    cwd: dir,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(out, run.stdout);
  if (!run.stdout.trim().startsWith('{')) throw new Error(`redocly lint printed no report (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(readFileSync(out, 'utf8')) as LintReport;
}

/**
 * Generates `schema.d.ts` from the document into `dir`, type-checks `clientSource` (saved as
 * `client.ts` beside it, importing `./schema.js` and `openapi-fetch`) under strict settings,
 * and loads the compiled module. Returns the type errors instead when there are any.
 */
export async function generatedClient<M>(doc: object, dir: string, clientSource: string): Promise<{ errors: string[]; module?: M }> {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(doc as OpenAPI3, { silent: true })));
  const client = join(dir, 'client.ts');
  writeFileSync(client, clientSource);
  const program = ts.createProgram([client], {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    outDir: dir,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    return { errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) };
  }
  program.emit();
  return { errors: [], module: (await import(pathToFileURL(join(dir, 'client.js')).href)) as M };
}
