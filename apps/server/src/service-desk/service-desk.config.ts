/**
 * Who handles what at the service desk: each category's department (its concierge team and head)
 * and resolution clock, and the clocks shared by all, read from `service-desk.yaml` in the city's
 * folder (the city's data, like its departments). Without the file every category goes to the
 * talent office with the defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SERVICE_CATEGORIES, type ServiceCategory } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';

const days = z.number().int().min(1).max(250);

const fileSchema = z
  .object({
    firstContactWorkingDays: days.default(1),
    updateWorkingDays: days.default(3),
    /** How many working days overdue before the talent office is told (the head is told on the first). */
    officeAfterWorkingDays: days.default(3),
    reopenWithinDays: days.default(15),
    categories: z
      .partialRecord(z.enum(SERVICE_CATEGORIES), z.object({ department: z.string().min(1), resolutionWorkingDays: days.default(10) }).strict())
      .default({}),
  })
  .strict();

/** The service desk's settings for a city. */
export interface ServiceDeskConfig {
  firstContactWorkingDays: number;
  updateWorkingDays: number;
  officeAfterWorkingDays: number;
  reopenWithinDays: number;
  categories: Record<ServiceCategory, { department: string; resolutionWorkingDays: number }>;
}

const cache = new WeakMap<AppContext, ServiceDeskConfig>();

/** The settings of `ctx`'s city (read once per context); a department the city does not have is a start-up error. */
export function serviceDeskConfig(ctx: AppContext): ServiceDeskConfig {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const path = join(ctx.config.cityDir, 'service-desk.yaml');
  const file = fileSchema.parse(existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {});
  const known = new Set(ctx.city.departments.map((d) => d.code));
  const categories = Object.fromEntries(
    SERVICE_CATEGORIES.map((c) => {
      const entry = file.categories[c] ?? { department: ctx.city.roles.talentOffice, resolutionWorkingDays: 10 };
      if (!known.has(entry.department)) throw new Error(`${path}: category ${c} names department ${entry.department}, which the city does not have`);
      return [c, entry];
    }),
  ) as ServiceDeskConfig['categories'];
  const config = { ...file, categories };
  cache.set(ctx, config);
  return config;
}
