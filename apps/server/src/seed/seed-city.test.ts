import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher } from '../personal-data/personal-data.js';
import type { AppContext } from '../platform/context.js';
import { generateCity } from './city.generator.js';
import { EMPLOYER_COLUMNS, TALENT_COLUMNS, employersCsv, talentsCsv, uuidV7Sequence } from './seed-city.js';

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
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
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
      expect(col('id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // The payout account, when the talent has one: sealed, masked to its last 4 digits, in the talent's name.
      const enc = col('payout_account_enc');
      if (!enc) {
        expect([col('payout_bank'), col('payout_account_mask'), col('payout_holder_name'), col('payout_account_set_at')]).toEqual([null, null, null, null]);
        return;
      }
      const number = ctx.cipher.decrypt(enc);
      expect(number).toMatch(/^\d{19}$/);
      expect(enc).not.toContain(number);
      expect(col('payout_account_mask')).toBe(`**** **** **** ${number.slice(-4)}`);
      expect([col('payout_holder_name'), col('payout_account_set_at')]).toEqual([t.name, '2026-07-01T00:00:00.000Z']);
      expect(col('payout_bank')).toMatch(/银行/);
    });
    const withAccount = lines.filter((l) => fields(l)[TALENT_COLUMNS.indexOf('payout_account_enc')] !== null).length;
    expect(withAccount / lines.length).toBeGreaterThan(0.8);
    expect(withAccount).toBeLessThan(lines.length);
    // Every talent, or none, when told so.
    const all = talentsCsv(ctx, people, ids, 'now', undefined, 100).trimEnd().split('\n');
    expect(all.every((l) => fields(l)[TALENT_COLUMNS.indexOf('payout_account_enc')] !== null)).toBe(true);
    const none = talentsCsv(ctx, people, ids, 'now', undefined, 0).trimEnd().split('\n');
    expect(none.every((l) => fields(l)[TALENT_COLUMNS.indexOf('payout_account_enc')] === null)).toBe(true);
  });

  it('quotes text that holds a comma or a quote', () => {
    const e = { ...city.employers[0]!, id: ids[0]!, name: '株洲"伯乐",有限公司', flags: ['above_scale', 'high_tech'] as const };
    const f = fields(employersCsv(ctx, [{ ...e, flags: [...e.flags] }], 'now').trimEnd());
    expect(f).toHaveLength(EMPLOYER_COLUMNS.length);
    expect(f[EMPLOYER_COLUMNS.indexOf('name')]).toBe('株洲"伯乐",有限公司');
    expect(f[EMPLOYER_COLUMNS.indexOf('flags')]).toBe('{above_scale,high_tech}');
  });
});

describe('uuidV7Sequence', () => {
  it('gives valid version-7 UUIDs that increase strictly, starting with the load time', () => {
    const next = uuidV7Sequence(Date.UTC(2026, 6, 1));
    const ids = Array.from({ length: 70_000 }, next);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(parseInt(ids[0]!.replace('-', '').slice(0, 12), 16)).toBe(Date.UTC(2026, 6, 1));
  });
  it('keeps increasing across the 30-bit counter boundary (where the counter moves into rand_a)', () => {
    const next = uuidV7Sequence(0, 2 ** 30 - 2);
    const [a, b, c] = [next(), next(), next()];
    expect([a.slice(14, 18), b.slice(14, 18), c.slice(14, 18)]).toEqual(['7000', '7000', '7001']);
    expect(c.slice(19, 23)).toBe('8000');
    expect(a < b && b < c).toBe(true);
  });
});
