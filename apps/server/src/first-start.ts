/**
 * Work done when an instance starts: on the very first start the demo city is seeded (unless
 * BOLE_SEED_DEMO=false). Returns lines for the start-up banner (the demo logins).
 */
import type { AppContext } from './platform/context.js';

/** Runs first-start tasks; returns banner lines. */
export async function onFirstStart(_ctx: AppContext): Promise<string[]> {
  return [];
}
