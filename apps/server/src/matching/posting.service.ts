/**
 * Postings (岗位需求): an employer posts demand tagged with chain, sub-field and skills; talents see
 * the open ones. Bad input is a 400 naming the field, and nothing is written.
 */
import { businessDate, type Posting, type PostingInput } from '@bole/contracts';
import { postingInput } from '@bole/contracts';
import type { z } from 'zod';
import type { Db, Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { forbidden, invalid, notFound, type FieldError } from '../http/errors.js';
import { assertCityCodes } from '../city/city-file.js';
import { ensureTaxonomy } from './skill.service.js';
import { currentTaxonomyVersion, readTaxonomyRows, skillIdsByCode } from './skill.repository.js';
import { insertPosting, readPostings } from './posting.repository.js';

type PostingRead = Awaited<ReturnType<typeof readPostings>>[number];
type ParsedPosting = z.output<typeof postingInput>;

/** The API shape of a posting. */
export function toPosting(r: PostingRead): Posting {
  return {
    id: r.id,
    employerId: r.employerId,
    employerName: r.employerName,
    title: r.title,
    chain: r.chain,
    subField: r.subField,
    requiredSkills: r.requiredSkills,
    optionalSkills: r.optionalSkills,
    minDegree: r.minDegree as Posting['minDegree'],
    minTitle: r.minTitle as Posting['minTitle'],
    minSkillLevel: r.minSkillLevel as Posting['minSkillLevel'],
    minYears: r.minYears,
    headcount: r.headcount,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    district: r.district,
    engagementMode: r.engagementMode as Posting['engagementMode'],
    urgency: r.urgency as Posting['urgency'],
    closesOn: r.closesOn,
    status: r.status as Posting['status'],
    taxonomyVersion: r.taxonomyVersion,
    createdAt: r.createdAt.toISOString(),
  };
}

async function checkPosting(ctx: AppContext, body: ParsedPosting) {
  assertCityCodes(ctx.city, { chain: body.chain, district: body.district });
  const errors: FieldError[] = [];
  if (body.salaryMin > body.salaryMax) errors.push({ field: 'salaryMin', message: 'must not be above salaryMax' });
  const today = businessDate(ctx.clock.now());
  if (body.closesOn < today) errors.push({ field: 'closesOn', message: 'must not be in the past' });
  const { fields } = await readTaxonomyRows(ctx.db);
  const field = fields.find((f) => f.code === body.subField);
  if (!field || field.retiredInVersion !== null) errors.push({ field: 'subField', message: 'is not a sub-field of the taxonomy' });
  else if (field.chain !== body.chain) errors.push({ field: 'subField', message: `belongs to chain ${field.chain}, not ${body.chain}` });
  const ids = await skillIdsByCode(ctx.db, [...body.requiredSkills, ...body.optionalSkills]);
  const seen = new Set<string>();
  for (const [list, name] of [
    [body.requiredSkills, 'requiredSkills'],
    [body.optionalSkills, 'optionalSkills'],
  ] as const) {
    list.forEach((code, i) => {
      const known = ids.get(code);
      if (!known || known.retired) errors.push({ field: `${name}.${i}`, message: `is not a current skill of the taxonomy (${code})` });
      if (seen.has(code)) errors.push({ field: `${name}.${i}`, message: `is listed twice (${code})` });
      seen.add(code);
    });
  }
  if (errors.length) throw invalid(errors);
  return ids;
}

/** Creates a posting of the signed-in employer; returns it. */
export async function createPosting(ctx: AppContext, principal: Principal, input: PostingInput): Promise<Posting> {
  if (!principal.employerId) throw forbidden();
  const body = postingInput.parse(input);
  await ensureTaxonomy(ctx);
  const ids = await checkPosting(ctx, body);
  const id = await ctx.db.transaction(async (tx) => {
    const { requiredSkills, optionalSkills, ...fields } = body;
    const postingId = await insertPosting(
      tx,
      { ...fields, employerId: principal.employerId!, taxonomyVersion: await currentTaxonomyVersion(tx), createdAt: ctx.clock.now() },
      [
        ...requiredSkills.map((c) => ({ skillId: ids.get(c)!.id, required: true })),
        ...optionalSkills.map((c) => ({ skillId: ids.get(c)!.id, required: false })),
      ],
    );
    await ctx.audit.record(tx, principal, {
      action: 'posting.create',
      entity: 'posting',
      entityId: postingId,
      detail: { title: body.title, headcount: body.headcount },
    });
    return postingId;
  });
  return getPosting(ctx, id);
}

/** One posting by id. */
export async function getPosting(ctx: AppContext, id: string): Promise<Posting> {
  const [row] = await readPostings(ctx.db, { id });
  if (!row) throw notFound({ en: 'The posting', zh: '该岗位' });
  return toPosting(row);
}

/** The employer's own postings, newest first. */
export async function listMyPostings(ctx: AppContext, principal: Principal): Promise<Posting[]> {
  if (!principal.employerId) throw forbidden();
  return (await readPostings(ctx.db, { employerId: principal.employerId })).map(toPosting);
}

/** Whether `postingId` is one of the employer's postings (an employment names its post by one). */
export async function isEmployerPosting(conn: Db | Tx, employerId: string, postingId: string): Promise<boolean> {
  return (await readPostings(conn, { employerId, id: postingId })).length > 0;
}

/** Open postings (closing today or later). */
export async function listOpenPostings(ctx: AppContext): Promise<Posting[]> {
  return (await readPostings(ctx.db, { openOn: businessDate(ctx.clock.now()) })).map(toPosting);
}
