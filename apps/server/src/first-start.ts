/**
 * Work done when an instance starts: on the very first start the demo city and one demo login
 * per role are seeded (unless BOLE_SEED_DEMO=false). Returns lines for the start-up banner
 * (the demo logins); later starts find the `demo_seeded` marker and do nothing.
 */
import type { AppContext } from './platform/context.js';
import { seedDemo } from './seed/demo-city.js';

/** Runs first-start tasks; returns banner lines (empty when there was nothing to do). */
export async function onFirstStart(ctx: AppContext): Promise<string[]> {
  if (!ctx.config.seedDemo) return [];
  return seedDemo(ctx);
}
