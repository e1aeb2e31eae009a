/**
 * The whole talent population in the engine's columnar form, for what-if simulations.
 *
 * Freshness: every use first reads a stamp of the talents and employers tables (row counts and
 * latest `updated_at`, one indexed query); when it differs from the stamp the population was
 * built at, the population is rebuilt. So a profile saved a moment ago — on any server node —
 * is in the next simulation, and an unchanged database costs one query, not a reload.
 * Concurrent callers share one rebuild. Rows the engine would reject (an incomplete profile)
 * are left out and counted.
 */
import { PopulationBuilder, type Population } from '@bole/engine';
import { citySchema } from '../city/city-file.js';
import type { AppContext } from '../platform/context.js';
import { addProfileRows } from './profile-input.js';
import { populationStamp, readProfileRows } from './profile-source.repository.js';

/** A loaded population and where it came from. */
export interface LoadedPopulation {
  population: Population;
  /** Talent id per row (same order as the population). */
  ids: readonly string[];
  /** Talents left out because their profile is incomplete or invalid. */
  skipped: number;
  loadedAt: string;
  stamp: string;
}

/** Builds a population from the database (all talents with their employer). */
export async function loadPopulation(ctx: AppContext): Promise<LoadedPopulation> {
  const stamp = await populationStamp(ctx.db);
  const builder = new PopulationBuilder(citySchema(ctx.city), 4096);
  const added = { ids: [] as string[], skipped: 0, idNumbersDecrypted: 0 };
  for await (const page of readProfileRows(ctx.db)) addProfileRows(ctx.cipher, builder, page, added);
  const { ids, skipped, idNumbersDecrypted: decrypted } = added;
  // Decrypting ID numbers (for the birthplace prefix) is a read of personal data: audit it.
  await ctx.db.transaction((tx) =>
    ctx.audit.record(tx, null, {
      action: 'policy.population.load',
      entity: 'talent',
      detail: { talents: ids.length, skipped, idNumbersDecrypted: decrypted, purpose: 'what-if simulation' },
    }),
  );
  return { population: builder.build(), ids, skipped, loadedAt: ctx.clock.now().toISOString(), stamp };
}

/** A per-context cache of the population, rebuilt when the database changes. */
export class PopulationCache {
  private current: LoadedPopulation | null = null;
  private loading: Promise<LoadedPopulation> | null = null;

  constructor(private readonly ctx: AppContext) {}

  /** The population as the database holds it now. */
  async get(): Promise<LoadedPopulation> {
    const stamp = await populationStamp(this.ctx.db);
    if (this.current && this.current.stamp === stamp) return this.current;
    if (!this.loading) {
      this.loading = loadPopulation(this.ctx).finally(() => {
        this.loading = null;
      });
    }
    this.current = await this.loading;
    return this.current;
  }
}

const caches = new WeakMap<AppContext, PopulationCache>();

/** The population cache of a context. */
export function populationCacheOf(ctx: AppContext): PopulationCache {
  let c = caches.get(ctx);
  if (!c) {
    c = new PopulationCache(ctx);
    caches.set(ctx, c);
  }
  return c;
}
