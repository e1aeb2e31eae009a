/** HTTP routes of skills, postings and matching: taxonomy, a talent's skills, postings, candidates, opportunities, contacts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  candidateList,
  contactDecision,
  idParams,
  inviteBody,
  opportunity,
  posting,
  postingContact,
  postingInput,
  shortageCatalogueDto,
  shortagePublication,
  shortagePublishBody,
  shortageQuery,
  profileView,
  skillTaxonomy,
  skillTaxonomyInput,
  talentSkills,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf, type Principal } from '../http/access.js';
import { forbidden, invalid } from '../http/errors.js';
import { withCityCodes } from '../city/city-file.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import { getMySkills, getTaxonomy, saveMySkills, saveTaxonomy } from './skill.service.js';
import { readTaxonomyWorkbook, taxonomyWorkbook } from './skill-taxonomy-excel.js';
import { multipartUploads } from '../http/multipart.js';
import { createPosting, listMyPostings, listOpenPostings } from './posting.service.js';
import { getShortageCatalogue, publishShortageCatalogue, shortageWorkbook } from './shortage.service.js';
import { apply, decide, invite, listCandidates, listOpportunities, myContacts, myProfileViews } from './match.service.js';

const tags = ['matching'];

/** The signed-in talent's id (the access rule admits talents only). */
function talentIdOf(principal: Principal): string {
  if (!principal.talentId) throw forbidden();
  return principal.talentId;
}

/** Routes under /api/v1/skills, /api/v1/postings, /api/v1/contacts and /api/v1/talents/me/{skills,opportunities,contacts,views}. */
export function matchingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: 5 * 1024 * 1024, textFields: ['note'] });
    await uploads.register(app);

    app.get(
      '/api/v1/skills',
      {
        config: { access: 'authenticated' },
        schema: { operationId: 'getSkillTaxonomy', tags, summary: 'The current skills taxonomy: chain → sub-field → skill', response: { 200: skillTaxonomy } },
      },
      async () => getTaxonomy(ctx),
    );

    app.put(
      '/api/v1/skills',
      {
        schema: {
          operationId: 'saveSkillTaxonomy',
          tags,
          summary: 'Save a new taxonomy version (skills left out are retired, never deleted)',
          body: skillTaxonomyInput,
          response: { 200: skillTaxonomy },
        },
      },
      async (request) => saveTaxonomy(ctx, principalOf(request), request.body),
    );

    app.get(
      '/api/v1/skills.xlsx',
      {
        schema: {
          operationId: 'exportSkillTaxonomy',
          tags,
          summary: 'The current taxonomy as an Excel file (one row per skill)',
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (_request, reply) => {
        const taxonomy = await getTaxonomy(ctx);
        const data = await taxonomyWorkbook(taxonomy);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="skills-v${taxonomy.version}.xlsx"`).send(data);
      },
    );

    app.post(
      '/api/v1/skills/import',
      {
        schema: {
          operationId: 'importSkillTaxonomy',
          tags,
          summary: 'Save a new taxonomy version from an Excel file (multipart "file", the export\'s columns; "note": why). Skills left out are retired',
          response: { 200: skillTaxonomy },
        },
      },
      async (request) => {
        const { file, fields } = await uploads.readBuffered(request, 'the .xlsx');
        const input = await readTaxonomyWorkbook(file.data, fields.note?.trim() || `Excel import: ${file.fileName}`.slice(0, 200));
        const parsed = skillTaxonomyInput.safeParse(input);
        if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
        return saveTaxonomy(ctx, principalOf(request), parsed.data);
      },
    );

    app.get(
      '/api/v1/talents/me/skills',
      {
        schema: {
          operationId: 'getMySkills',
          tags,
          summary: "The signed-in talent's skills and whether employers may find them",
          response: { 200: talentSkills },
        },
      },
      async (request) => getMySkills(ctx, talentIdOf(principalOf(request))),
    );

    app.put(
      '/api/v1/talents/me/skills',
      {
        schema: {
          operationId: 'saveMySkills',
          tags,
          summary: "Replace the signed-in talent's skills and matching choices",
          body: talentSkills,
          response: { 200: talentSkills },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        return saveMySkills(ctx, principal, talentIdOf(principal), request.body);
      },
    );

    app.get(
      '/api/v1/talents/me/opportunities',
      {
        schema: {
          operationId: 'listMyOpportunities',
          tags,
          summary: 'Open postings ranked for the signed-in talent, with score parts and reasons',
          response: { 200: z.array(opportunity) },
        },
      },
      async (request) => listOpportunities(ctx, talentIdOf(principalOf(request))),
    );

    app.get(
      '/api/v1/talents/me/contacts',
      {
        schema: {
          operationId: 'listMyContacts',
          tags,
          summary: "The signed-in talent's invitations and applications",
          response: { 200: z.array(postingContact) },
        },
      },
      async (request) => myContacts(ctx, talentIdOf(principalOf(request))),
    );

    app.get(
      '/api/v1/talents/me/views',
      {
        schema: {
          operationId: 'listMyProfileViews',
          tags,
          summary: "Which employers looked at the signed-in talent's profile",
          response: { 200: z.array(profileView) },
        },
      },
      async (request) => myProfileViews(ctx, talentIdOf(principalOf(request))),
    );

    app.post(
      '/api/v1/contacts/:id/decision',
      {
        schema: {
          operationId: 'decideContact',
          tags,
          summary: 'Accept or decline an invitation',
          params: idParams,
          body: contactDecision,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        await decide(ctx, principal, talentIdOf(principal), request.params.id, request.body.accept);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/postings',
      {
        config: { access: 'authenticated' },
        schema: { operationId: 'listOpenPostings', tags, summary: 'Open postings (closing today or later), newest first', response: { 200: z.array(posting) } },
      },
      async () => listOpenPostings(ctx),
    );

    app.get(
      '/api/v1/postings/mine',
      {
        schema: { operationId: 'listMyPostings', tags, summary: "The signed-in employer's postings, newest first", response: { 200: z.array(posting) } },
      },
      async (request) => listMyPostings(ctx, principalOf(request)),
    );

    app.post(
      '/api/v1/postings',
      {
        schema: {
          operationId: 'createPosting',
          tags,
          summary: 'Post a demand for talent',
          body: withCityCodes(postingInput, ctx.city),
          response: { 201: posting },
        },
      },
      async (request, reply) => reply.status(201).send(await createPosting(ctx, principalOf(request), request.body)),
    );

    app.get(
      '/api/v1/postings/:id/candidates',
      {
        schema: {
          operationId: 'listPostingCandidates',
          tags,
          summary: 'The best discoverable talents for the posting, masked until they accept contact (each look recorded and audited)',
          params: idParams,
          response: { 200: candidateList },
        },
      },
      async (request) => listCandidates(ctx, principalOf(request), request.params.id),
    );

    app.post(
      '/api/v1/postings/:id/invitations',
      {
        config: { errorCodes: ['BOLE_ALREADY_CONTACTED'] },
        schema: {
          operationId: 'inviteTalent',
          tags,
          summary: 'Invite a talent to the posting',
          params: idParams,
          body: inviteBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await invite(ctx, principalOf(request), request.params.id, request.body.talentId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/postings/:id/applications',
      {
        config: { errorCodes: ['BOLE_ALREADY_CONTACTED', 'BOLE_POSTING_CLOSED'] },
        schema: {
          operationId: 'applyToPosting',
          tags,
          summary: 'Apply to an open posting (contact accepted at once)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        await apply(ctx, principal, talentIdOf(principal), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/v1/shortage-catalogue',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getShortageCatalogue',
          tags,
          summary: 'The shortage catalogue (紧缺人才目录) of a quarter, scarcest first, with the previous quarter beside',
          querystring: shortageQuery,
          response: { 200: shortageCatalogueDto },
        },
      },
      async (request) => getShortageCatalogue(ctx, request.query.period),
    );

    app.post(
      '/api/v1/shortage-catalogue/publications',
      {
        schema: {
          operationId: 'publishShortageCatalogue',
          tags,
          summary: 'Publish a quarter’s shortage catalogue as the city’s current one (what `inShortageCatalogue` reads)',
          body: shortagePublishBody,
          response: { 201: shortagePublication },
        },
      },
      async (request, reply) => reply.status(201).send(await publishShortageCatalogue(ctx, principalOf(request), request.body.period)),
    );

    app.get(
      '/api/v1/shortage-catalogue.xlsx',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'exportShortageCatalogue',
          tags,
          summary: 'The shortage catalogue of a quarter as an Excel file',
          querystring: shortageQuery,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (request, reply) => {
        const { fileName, data } = await shortageWorkbook(ctx, request.query.period);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );
  };
}
