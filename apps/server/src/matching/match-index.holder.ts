/**
 * The matching index of this process: built from the database on first use (the SQL path answers
 * meanwhile), kept current when a talent's skills or choices change here, dropped when the
 * taxonomy changes (skill relations are part of it). Another node's changes reach this index
 * when it is rebuilt (docs/adr/0025-matching-index.md).
 */
import type { AppContext } from '../platform/context.js';
import { MatchIndex } from './match-index.js';
import { discoverableTalent, discoverableTalentsPage, skillGraph } from './match.repository.js';

const built = new WeakMap<AppContext, MatchIndex>();
const building = new WeakMap<AppContext, Promise<MatchIndex>>();

/** Builds the index from the database, page by page. */
export async function buildMatchIndex(ctx: AppContext): Promise<MatchIndex> {
  const graph = await skillGraph(ctx.db);
  const index = new MatchIndex(graph.skillCount, graph.related);
  for (let after: string | null = null; ;) {
    const page = await discoverableTalentsPage(ctx.db, after, 10_000);
    if (page.length === 0) return index;
    page.forEach((t) => index.upsert(t));
    after = page[page.length - 1]!.id;
  }
}

/** The index when built; otherwise null, and a build starts in the background. */
export function readyMatchIndex(ctx: AppContext): MatchIndex | null {
  const index = built.get(ctx);
  if (index) return index;
  if (!building.has(ctx)) {
    const p = buildMatchIndex(ctx).then((i) => {
      if (building.get(ctx) === p) built.set(ctx, i);
      building.delete(ctx);
      return i;
    });
    p.catch(() => building.delete(ctx));
    building.set(ctx, p);
  }
  return null;
}

/** The index, built now if needed (opportunities need the rarity weights). */
export async function matchIndex(ctx: AppContext): Promise<MatchIndex> {
  const index = readyMatchIndex(ctx);
  return index ?? (built.get(ctx) || (await building.get(ctx)!));
}

/** After a talent's skills or choices changed: the index takes the new state (no rebuild). */
export async function talentChanged(ctx: AppContext, talentId: string): Promise<void> {
  const index = built.get(ctx);
  if (!index) {
    building.delete(ctx); // a build in flight may have read the old state
    return;
  }
  const t = await discoverableTalent(ctx.db, talentId);
  if (t && t.skills.every((s) => s.skill < index.skillCount)) index.upsert(t);
  else if (t) built.delete(ctx);
  else index.remove(talentId);
}

/** After the taxonomy changed: the next use rebuilds. */
export function taxonomyChanged(ctx: AppContext): void {
  built.delete(ctx);
  building.delete(ctx);
}
