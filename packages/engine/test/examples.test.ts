import { describe, expect, it } from 'vitest';
import { listExamples } from '../src/index.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();

describe('policy pack example cases', () => {
  for (const ex of listExamples(pack)) {
    it(`${ex.policy}: ${ex.name}`, () => {
      expect(ex.run().mismatches).toEqual([]);
    });
  }
});
