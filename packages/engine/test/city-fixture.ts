/** The vocabularies of the repository's cities (`cities/<name>/city.yaml`), as the engine receives them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { schemaOf, type CityVocabulary, type Schema } from '../src/index.js';

/** The repository's `cities/` folder. */
export const CITIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'cities');

interface CityYaml {
  districts: { code: string }[];
  chains: { code: string }[];
  departments: { code: string }[];
}

/** The district, chain and department codes of a city folder, in its order. */
export function vocabularyOf(city: string): CityVocabulary {
  const doc = parse(readFileSync(join(CITIES_DIR, city, 'city.yaml'), 'utf8')) as CityYaml;
  return { district: doc.districts.map((d) => d.code), chain: doc.chains.map((c) => c.code), department: doc.departments.map((d) => d.code) };
}

/** The demo city's vocabulary (the pack in `policies/` is its pack). */
export const ZHUZHOU: CityVocabulary = vocabularyOf('zhuzhou');
/** The demo city's schema, for parsing profiles outside a pack. */
export const ZHUZHOU_SCHEMA: Schema = schemaOf(ZHUZHOU);
