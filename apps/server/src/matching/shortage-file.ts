/** The city's shortage catalogue method (`cities/<city>/shortage.yaml`): the thresholds of the five dimensions. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ShortageMethod } from './shortage.js';

const thresholds = z.array(z.number().nonnegative()).length(4);
const fileSchema = z.object({
  medianMonthlySalary: z.number().positive(),
  demandSupply: thresholds,
  applicantsPerOpening: thresholds,
  requirements: thresholds,
  daysToFill: thresholds,
  salaryRatio: thresholds,
});

/** The method in the city folder, or null when the city has none. */
export function readShortageMethod(cityDir: string): ShortageMethod | null {
  const file = join(cityDir, 'shortage.yaml');
  return existsSync(file) ? fileSchema.parse(parse(readFileSync(file, 'utf8'))) : null;
}
