/**
 * JSON-lines evaluation (the `bole eval` path) gives exactly what the plain way gives — split
 * into lines as readline does, JSON.parse and parseProfile per line, evaluatePopulation over the
 * valid profiles — byte for byte: the result lines, and every bad line's messages with its line
 * number. The input mixes lines the byte scanner takes with lines it must hand to the parser.
 */
import { describe, expect, it } from 'vitest';
import { JsonLinesEvaluator, idCheckChar, Population, evaluatePopulation, parseProfile, type Pack, type Profile } from '../src/index.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();
const AT = '2026-07-01';
const EMPLOYER = { chain: 'rail', kind: 'enterprise', district: '天元区', flags: ['high_tech', 'above_scale'] };
const doctor = {
  id: 'doc',
  birthDate: '1990-05-01',
  highestDegree: 'doctorate',
  graduationDate: '2025-06-30',
  employerId: 'e1',
  employer: EMPLOYER,
  arrivalDate: '2025-07-01',
  socialInsuranceMonths: 8,
};
const bachelor = {
  id: 42,
  birthDate: '2002-09-01',
  highestDegree: 'bachelor',
  graduationDate: '2025-06-30',
  employerId: 'e2',
  employer: { chain: 'electronics', kind: 'enterprise', district: '攸县' },
  socialInsuranceMonths: 10,
};
const j = (x: unknown): string => JSON.stringify(x);

/** Every kind of line: valid ones the scanner reads, valid ones only the parser reads, and bad ones. */
const LINES = [
  `\uFEFF${j(doctor)}`,
  j(bachelor),
  '',
  '   \t ',
  j({ id: 'bad-date', birthDate: '1990-02-30', highestDegree: 'doctorate' }),
  '{oops',
  j({ id: 'none', birthDate: '2000-01-01', highestDegree: 'secondary' }),
  j({ ...doctor, id: '张三' }),
  j({ ...doctor, id: 'esc"aped' }),
  '{"id":"u","birthDate":"1990-05-01","highestDegree":"\\u0064octorate"}',
  j({ ...doctor, id: 'float', socialInsuranceMonths: 8.0 }).replace('"socialInsuranceMonths":8', '"socialInsuranceMonths":8.0'),
  j({ ...doctor, id: 'neg', socialInsuranceMonths: -1 }),
  j({ ...doctor, id: 'big', socialInsuranceMonths: 1e12 }),
  '{"id":"dup","birthDate":"1990-05-01","highestDegree":"master","highestDegree":"doctorate"}',
  j({ ...doctor, id: 'extra', note: { nested: [1, 2.5e-3, true, null, 'x'] }, tags: [] }),
  j({ ...doctor, id: 'no-employer', employer: null }),
  j({ ...doctor, id: 'bad-chain', employer: { ...EMPLOYER, chain: 'steel' } }),
  j({ ...bachelor, id: 'ignored-employer', employerId: null, employer: { chain: 'steel' } }),
  j({ ...doctor, id: 'future', birthDate: '2026-07-02' }),
  j({ ...doctor, id: 'idn', idNumber: `43020219900501001${idCheckChar('43020219900501001')}` }),
  j({ ...doctor, id: 'idn-bad', idNumber: '430202199005010017' }),
  j({ ...doctor, id: 'honors', honors: ['city_leading', 'city_leading'], title: 'senior', titleDate: '2026-01-15' }),
  j({ ...doctor, id: 'set-bad', honors: ['nobel'] }),
  j({ ...doctor, id: '' }),
  j({ ...doctor, id: 7.5 }),
  '[1,2]',
  'null',
  j({ ...bachelor, id: 'cr-inside' }) + '\r' + j({ ...bachelor, id: 'after-cr' }),
  `  ${j({ ...bachelor, id: 'spaced' })}  `,
  '{ "id" : "ws" , "birthDate" : "1995-03-04" , "highestDegree" : "master" , "hukouInCity" : false }',
  j({
    id: 0,
    birthDate: '1996-02-29',
    highestDegree: 'master',
    graduationDate: '2024-06-30',
    skillLevel: 'level2',
    skillCertDate: '2026-03-01',
    employerId: 'e3',
    employer: { chain: 'other', kind: 'institution', district: '芦淞区' },
    socialInsuranceMonths: 2,
  }),
  j({ ...doctor, id: 'tail' }) + ' x',
];

/** The plain way, as `bole eval` worked before: readline's lines, JSON.parse, parseProfile, evaluatePopulation. */
function plain(input: string, p: Pack, at: string): { output: string; messages: string; failed: number } {
  const lines = input.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const profiles: Profile[] = [];
  let messages = '';
  let failed = 0;
  lines.forEach((line, k) => {
    const text = k === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      failed++;
      messages += `line ${k + 1}: invalid JSON: ${(err as Error).message}\n`;
      return;
    }
    const res = parseProfile(json, at, p.schema);
    if (!res.ok) {
      failed++;
      const id = typeof json === 'object' && json !== null && 'id' in json ? ` (id ${JSON.stringify((json as { id: unknown }).id)})` : '';
      for (const e of res.errors) messages += `line ${k + 1}${id}: ${e.field}: ${e.message}\n`;
      return;
    }
    profiles.push(res.profile);
  });
  const ev = evaluatePopulation(p, Population.fromProfiles(profiles, p.schema), at);
  const benefits: string[][] = profiles.map(() => []);
  for (const o of ev.outcomes) {
    for (let k = 0; k < o.rows.length; k++) {
      if (o.granted[k] !== 1) continue;
      benefits[o.rows[k]!]!.push(
        `{"policy":${JSON.stringify(o.policy)},"amountFen":${o.amountFen[k]},"period":"${o.period}","months":${o.months[k]},"valueFen":${o.valueFen[k]}}`,
      );
    }
  }
  const output = profiles
    .map(
      (pr, i) => `{"id":${JSON.stringify(pr.id)},"tier":${ev.tier[i] === 255 ? 'null' : `"${'ABCDE'[ev.tier[i]!]}"`},"benefits":[${benefits[i]!.join(',')}]}\n`,
    )
    .join('');
  return { output, messages, failed };
}

/** The chunked way: the input cut after line ends at `cuts` (byte offsets), numbering carried across chunks. */
function chunked(input: string, p: Pack, at: string, cuts: number[] = []): { output: string; messages: string; failed: number } {
  const bytes = new TextEncoder().encode(input);
  const ev = new JsonLinesEvaluator(p, at);
  const dec = new TextDecoder();
  let output = '';
  let messages = '';
  let failed = 0;
  let lines = 0;
  const bounds = [0, ...cuts, bytes.length];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const res = ev.evaluate(bytes.subarray(bounds[c], bounds[c + 1]), c === 0);
    output += dec.decode(res.output);
    for (const e of res.errors) messages += `line ${lines + e.line}${e.text}\n`;
    failed += res.failed;
    lines += res.lines;
  }
  return { output, messages, failed };
}

describe('JSON-lines evaluation', () => {
  it('writes the same result lines and the same line-numbered messages as JSON.parse + parseProfile, line by line', () => {
    const input = LINES.join('\n') + '\n';
    const expected = plain(input, pack, AT);
    const got = chunked(input, pack, AT);
    expect(got.output).toBe(expected.output);
    expect(got.messages).toBe(expected.messages);
    expect(got.failed).toBe(expected.failed);
    // What a reader of the file sees: good lines in order, bad lines named with their number and field.
    expect(
      got.output
        .split('\n')
        .slice(0, 2)
        .map((l) => (JSON.parse(l) as { id: unknown }).id),
    ).toEqual(['doc', 42]);
    expect(got.messages).toContain('line 5 (id "bad-date"): birthDate: is not a valid date: "1990-02-30"\n');
    expect(got.messages).toMatch(/^line 6: invalid JSON: /m);
    // A lone CR ends a line, as readline has it: the last line is number 33, not 32.
    expect(got.output).toContain('{"id":"after-cr"');
    expect(got.messages).toMatch(/^line 33: invalid JSON: /m);
    expect(got.output).toContain('{"id":"张三","tier":"D"');
  });

  it('numbers lines across chunks, with CRLF endings and no final line end', () => {
    const input = LINES.join('\r\n');
    const expected = plain(input, pack, AT);
    const enc = new TextEncoder();
    // Cut after the 3rd, 10th and 20th line ends.
    const ends: number[] = [];
    let off = 0;
    LINES.forEach((l, k) => {
      off += enc.encode(l).length + 2;
      if (k === 2 || k === 9 || k === 19) ends.push(off);
    });
    const got = chunked(input, pack, AT, ends);
    expect(got).toEqual(expected);
  });

  it('agrees at other dates and when every line is valid', () => {
    const valid = LINES.filter((l) => plain(l, pack, '2024-03-01').failed === 0 && l.trim() !== '');
    expect(valid.length).toBeGreaterThan(10);
    for (const at of ['2024-03-01', '2026-02-28', '2027-01-01']) {
      const input = valid.map((l) => l.replace(/^\uFEFF/, '')).join('\n');
      expect(chunked(input, pack, at)).toEqual(plain(input, pack, at));
    }
  });
});
