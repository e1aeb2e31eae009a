/** The demo city's vocabulary (its districts, chains and departments, from `cities/zhuzhou/city.yaml`): the pack in `policies/` is its pack. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { schemaOf, type CityVocabulary } from '@bole/engine';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cities', 'zhuzhou', 'city.yaml');
const doc = parse(readFileSync(file, 'utf8')) as { districts: { code: string }[]; chains: { code: string }[]; departments: { code: string }[] };

/** District, chain and department codes of the demo city, in its order. */
export const ZHUZHOU: CityVocabulary = {
  district: doc.districts.map((d) => d.code),
  chain: doc.chains.map((c) => c.code),
  department: doc.departments.map((d) => d.code),
};
/** The engine's schema for it. */
export const ZHUZHOU_SCHEMA = schemaOf(ZHUZHOU);
