import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher } from '../personal-data/personal-data.js';
import type { AppContext } from '../platform/context.js';
import { generateCity } from './city.generator.js';
import { EMPLOYER_COLUMNS, TALENT_COLUMNS, employersCsv, talentsCsv } from './seed-city.js';

const ctx = { cipher: createCipher(randomBytes(32)) } as AppContext;

/** Splits one CSV line into fields (quotes as COPY reads them). */
function fields(line: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i += 2; } else if (line[i] === '"') { i++; break; } else v += line[i++];
      }
      out.push(v);
      i++;
    } else {
      const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
      const v = line.slice(i, end);
      out.push(v === '' ? null : v);
      i = end + 1;
    }
  }
  return out;
}

describe('CSV rows for COPY', () => {
  const city = generateCity({ talents: 300, employers: 5, seed: 9, referenceDate: '2026-07-01' });
  const ids = city.employers.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const people = [...city.talents()].flat();

  it('writes one line per talent with every column, sealed personal data, NULL as an empty field', () => {
    const lines = talentsCsv(ctx, people, ids, '2026-07-01T00:00:00.000Z').trimEnd().split('\n');
    expect(lines).toHaveLength(people.length);
    lines.forEach((line, k) => {
      const f = fields(line);
      const t = people[k]!;
      expect(f).toHaveLength(TALENT_COLUMNS.length);
      const col = (name: string) => f[TALENT_COLUMNS.indexOf(name)];
      expect(ctx.cipher.decrypt(col('id_number_enc')!)).toBe(t.idNumber);
      expect(col('id_number_hash')).toBe(ctx.cipher.lookupHash('id', t.idNumber));
      expect(ctx.cipher.decrypt(col('mobile_enc')!)).toBe(t.mobile);
      expect(col('title_date')).toBe(t.titleDate);
      expect(col('employer_id')).toBe(t.employerIndex === null ? null : ids[t.employerIndex]);
      expect(col('honors')).toBe(`{${t.honors.join(',')}}`);
      expect(col('hukou_in_city')).toBe(t.hukouInCity ? 't' : 'f');
    });
  });

  it('quotes text that holds a comma or a quote', () => {
    const e = { ...city.employers[0]!, id: ids[0]!, name: '株洲"伯乐",有限公司', flags: ['above_scale', 'high_tech'] as const };
    const f = fields(employersCsv(ctx, [{ ...e, flags: [...e.flags] }], 'now').trimEnd());
    expect(f).toHaveLength(EMPLOYER_COLUMNS.length);
    expect(f[EMPLOYER_COLUMNS.indexOf('name')]).toBe('株洲"伯乐",有限公司');
    expect(f[EMPLOYER_COLUMNS.indexOf('flags')]).toBe('{above_scale,high_tech}');
  });
});
