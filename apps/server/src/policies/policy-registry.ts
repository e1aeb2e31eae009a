/**
 * The compiled policy pack in force at a date. Compiling a pack (parse, type-check, build the
 * trace closures and kernels) costs tens of milliseconds, so the registry caches:
 *
 * - the index of published versions, refreshed when its stamp (count and latest publication
 *   time of published versions, one cheap query per call) changes — so a publication on another
 *   server node is seen on the next request, and `invalidate()` makes the local one immediate;
 * - date → set of versions in force, cleared with the index;
 * - set of versions → compiled pack (a version's source never changes, so a compiled set stays
 *   valid forever; the least recently used are dropped past a few dozen sets).
 */
import { loadPack, type Pack, type PackError, type PackFile } from '@bole/engine';
import type { AppContext } from '../platform/context.js';
import { listPublished, loadSources, publishedStamp, type VersionMeta } from './policy.repository.js';
import { versionSetKey, versionsInForce } from './version-selection.js';

/** A compiled pack and the versions it was compiled from. */
export interface ResolvedPack {
  pack: Pack;
  versions: VersionMeta[];
  key: string;
}

/** A set of versions could not be compiled (should not happen: publication validates). */
export class PackCompileError extends Error {
  constructor(readonly errors: PackError[]) {
    super(`The policy pack in force does not compile: ${errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('; ')}`);
  }
}

const MAX_PACKS = 32;

/** The registry of one context. */
export class PolicyRegistry {
  private stamp: string | null = null;
  private published: VersionMeta[] = [];
  private byDate = new Map<string, VersionMeta[]>();
  private packs = new Map<string, Pack>();
  private sources = new Map<string, PackFile>();

  constructor(private readonly ctx: AppContext) {}

  /** Forgets the index of published versions (after a publication on this node). */
  invalidate(): void {
    this.stamp = null;
    this.byDate.clear();
  }

  /** Published versions of every document (fresh). */
  async publishedVersions(): Promise<VersionMeta[]> {
    await this.refresh();
    return this.published;
  }

  /** The versions in force at `at` (YYYY-MM-DD). */
  async versionsAt(at: string): Promise<VersionMeta[]> {
    await this.refresh();
    let set = this.byDate.get(at);
    if (!set) {
      set = versionsInForce(this.published, at);
      if (this.byDate.size > 1000) this.byDate.clear();
      this.byDate.set(at, set);
    }
    return set;
  }

  /** The compiled pack in force at `at`; null when nothing (no classification table) is in force. */
  async packAt(at: string): Promise<ResolvedPack | null> {
    const versions = await this.versionsAt(at);
    if (!versions.some((v) => v.kind === 'classification')) return null;
    const key = versionSetKey(versions);
    const cached = this.packs.get(key);
    if (cached) {
      this.packs.delete(key);
      this.packs.set(key, cached);
      return { pack: cached, versions, key };
    }
    const files = await this.filesOf(versions);
    const result = loadPack(files, this.ctx.city.vocabulary);
    if (!result.ok) throw new PackCompileError(result.errors);
    this.packs.set(key, result.pack);
    while (this.packs.size > MAX_PACKS) this.packs.delete(this.packs.keys().next().value!);
    return { pack: result.pack, versions, key };
  }

  /** The sources of stored versions as pack files (cached: a version's source never changes). */
  async filesOf(versions: readonly { policyId: string; version: number }[]): Promise<PackFile[]> {
    const missing = versions.filter((v) => !this.sources.has(`${v.policyId}@${v.version}`));
    if (missing.length > 0) {
      for (const r of await loadSources(this.ctx.db, missing)) {
        this.sources.set(`${r.policyId}@${r.version}`, { path: r.path, text: r.yaml });
      }
    }
    return versions.map((v) => this.sources.get(`${v.policyId}@${v.version}`)!).filter(Boolean);
  }

  private async refresh(): Promise<void> {
    const stamp = await publishedStamp(this.ctx.db);
    if (stamp === this.stamp) return;
    this.published = await listPublished(this.ctx.db);
    this.byDate.clear();
    this.stamp = stamp;
  }
}

const registries = new WeakMap<AppContext, PolicyRegistry>();

/** The registry of a context (one per server process or CLI run). */
export function policyRegistryOf(ctx: AppContext): PolicyRegistry {
  let r = registries.get(ctx);
  if (!r) {
    r = new PolicyRegistry(ctx);
    registries.set(ctx, r);
  }
  return r;
}
