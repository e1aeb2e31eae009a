/**
 * Checking a document's YAML against the rest of the pack: structure, expressions, parameters,
 * groups, each error at its line and column; its example cases run in the pack in force at a
 * date. Drafts, example runs and publications (at request and again at approval) all check here.
 */
import { listExamples, loadPack, type Pack, type PackError, type PackFile } from '@bole/engine';
import type { ErrorText, ExampleRun, PolicyDocKind, YamlError } from '@bole/contracts';
import { fail } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { identifyDocument } from './pack-files.js';
import { policyRegistryOf } from './policy-registry.js';
import { listVersionsOf, type VersionMeta } from './policy.repository.js';
import { latestPublished, versionsInForce } from './version-selection.js';

const toYamlErrors = (errors: readonly PackError[]): YamlError[] =>
  errors.map((e) => ({ field: 'yaml', file: e.file, line: e.line, column: e.column, message: e.message }));

/**
 * The pack files a document's source is checked in: `context` (one version per other document)
 * with this source in place of the document's own version.
 */
async function contextFiles(ctx: AppContext, policyId: string, path: string, yaml: string, context: readonly VersionMeta[]) {
  const others = context.filter((v) => v.policyId !== policyId);
  const files: PackFile[] = await policyRegistryOf(ctx).filesOf(others);
  return [...files, { path, text: yaml }];
}

/** A document's source checked against the rest of the pack. */
export interface Checked {
  kind: PolicyDocKind;
  path: string;
  parsed: Record<string, unknown> | null;
  errors: YamlError[];
  /** The compiled pack with this source in place, when it has no error. */
  pack: Pack | null;
}

/**
 * Checks a document's YAML in the context of the other documents (by default the newest
 * published version of each): structure, expressions, parameters, groups. Every error comes
 * with its line and column.
 */
export async function check(ctx: AppContext, policyId: string, yaml: string, context?: VersionMeta[]): Promise<Checked> {
  const existing = await listVersionsOf(ctx.db, policyId);
  const ident = identifyDocument(yaml);
  const path = existing[existing.length - 1]?.path ?? `${policyId}.yaml`;
  const ctxVersions = context ?? latestPublished(await policyRegistryOf(ctx).publishedVersions());
  const files = await contextFiles(ctx, policyId, path, yaml, ctxVersions);
  const errors: YamlError[] = [];
  if (ident.data) {
    if (ident.id !== policyId) {
      const line = yaml.split('\n').findIndex((l) => /^(id|kind)\s*:/.test(l)) + 1;
      errors.push({
        field: 'yaml',
        file: path,
        line: Math.max(line, 1),
        column: 1,
        message:
          ident.kind === 'policy'
            ? `id must be "${policyId}", the policy this version belongs to (found ${JSON.stringify(ident.id)})`
            : `this is the ${ident.kind} document; save it under /policies/${ident.kind}`,
      });
    }
    const kindBefore = existing[0]?.kind;
    if (kindBefore && kindBefore !== ident.kind) {
      errors.push({ field: 'yaml', file: path, line: 1, column: 1, message: `kind must stay ${kindBefore}` });
    }
  }
  const loaded = loadPack(files, ctx.city.vocabulary);
  if (!loaded.ok) {
    // When this document itself fails, other documents' complaints about it (the exclusive
    // groups naming an "unknown policy") are consequences, not separate mistakes.
    const own = loaded.errors.some((e) => e.file === path);
    errors.push(...toYamlErrors(loaded.errors.filter((e) => e.file === path || !own || !e.message.includes(policyId))));
  }
  return { kind: ident.kind, path, parsed: ident.data, errors, pack: loaded.ok && errors.length === 0 ? loaded.pack : null };
}

/** 400/422 BOLE_POLICY_INVALID naming the first error's line and column. */
export function invalidYaml(errors: YamlError[], prefix?: ErrorText) {
  const first = errors[0]!;
  return fail(
    'BOLE_POLICY_INVALID',
    { count: errors.length, line: first.line, column: first.column, message: first.message, ...(prefix ? { prefix } : {}) },
    errors,
  );
}

/** Runs the example cases of a version checked in `context`; null run when it has errors. */
export async function examplesOf(ctx: AppContext, policyId: string, yaml: string, context?: VersionMeta[]) {
  const c = await check(ctx, policyId, yaml, context);
  if (!c.pack) return { errors: c.errors, run: null };
  const results = listExamples(c.pack)
    .filter((e) => e.policy === policyId)
    .map((e) => {
      const o = e.run();
      return { name: o.name, passed: o.ok, mismatches: [...o.mismatches] };
    });
  const run: ExampleRun = {
    ranAt: ctx.clock.now().toISOString(),
    passed: results.filter((r) => r.passed).length,
    failed: results.filter((r) => !r.passed).length,
    results,
  };
  return { errors: [] as YamlError[], run, kind: c.kind };
}

/** The versions in force on `date` (the context a publication from that date is checked in). */
export async function contextAt(ctx: AppContext, date: string) {
  return versionsInForce(await policyRegistryOf(ctx).publishedVersions(), date);
}
