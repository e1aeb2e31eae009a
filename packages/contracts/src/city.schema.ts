/**
 * The city a Bole instance serves, as the API gives it (GET /api/v1/city): its name and code,
 * districts, industry chains with their fields, and departments, each with its bilingual name.
 * These are the city's data (its `city.yaml`), not words of the product: another city brings
 * its own. Generic domain words (degrees, statuses, …) stay in `labels/`.
 */
import { z } from 'zod';
import { cityDataExchange } from './data-exchange.schema.js';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** A district of the city; `code` is what profiles, employers and policies store. */
export const cityDistrict = z
  .object({
    code: z.string().min(1).max(40),
    adminCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    name: bilingual,
  })
  .strict();

/** An industry chain with the fields it covers. */
export const cityChain = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), name: bilingual, fields: z.array(bilingual).default([]) }).strict();

/** A government department; policies and review stages name it by code. */
export const cityDepartment = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]*$/), name: bilingual }).strict();

/** Who runs this instance, as every page's footer and the talent code name it: 主办单位, hotline, ICP filing number. */
export const cityOperator = z
  .object({
    name: bilingual,
    hotline: z.string().min(1).optional(),
    /** The ICP filing number (ICP备案号) of the site. */
    icp: z.string().min(1).optional(),
  })
  .strict();
export type CityOperator = z.infer<typeof cityOperator>;

/** GET /api/v1/city. */
export const cityInfo = z.object({
  /** Short code of the city's data folder (e.g. zhuzhou). */
  code: z.string(),
  /** GB/T 2260 administrative division code. */
  adminCode: z.string(),
  name: bilingual,
  districts: z.array(cityDistrict),
  chains: z.array(cityChain),
  departments: z.array(cityDepartment),
  /** 数据共享: the departments that deliver facts and which facts each may deliver. */
  dataExchange: z.array(cityDataExchange),
  /** Who runs the instance (null when the city file does not say). */
  operator: cityOperator.nullable(),
  /** A demonstration instance (demo city seeded, not production): the sign-in page shows the demo accounts. */
  demo: z.boolean(),
});
export type CityInfo = z.infer<typeof cityInfo>;
export type CityDistrict = z.infer<typeof cityDistrict>;
export type CityChain = z.infer<typeof cityChain>;
export type CityDepartment = z.infer<typeof cityDepartment>;
