/**
 * 资格互认: a talent signed in here presents a credential another city of the region issued;
 * it is verified against the issuer's keys on the trust list and its status list, the tier is
 * mapped through the committee's equivalence table, and the local tier is granted without a new
 * review — after this city's own public notice when its settings ask for one (the recognition
 * flow runs the notice, objections and grant). With the talent's consent the source city is
 * told (`recognition.used`). Every refusal names its reason, writes nothing and is audited.
 */
import {
  mutualSettings,
  type CreateMutualRecognitionBody,
  type ErrorText,
  type MutualPreview,
  type MutualRecognition,
  type MutualRecognitionList,
  type MutualRefusal,
  type MutualSettings,
  type TrustList,
} from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import type { Principal } from '../../http/access.js';
import { AppError, fail, forbidden } from '../../http/errors.js';
import { openMutualCase } from '../../recognition/recognition-mutual.js';
import { recognitionSettingsOf } from '../../recognition/recognition-settings.service.js';
import type { MutualPorts, PresentedCredential } from './mutual.ports.js';
import { credentialText, equivalentTier, mutualStatusOf } from './mutual.rules.js';
import { findBySource, insertMutual, listMutual, readMutualSettings, writeMutualSettings, type MutualWithCase } from './mutual.repository.js';
import { tellSource } from './mutual-used.service.js';

/** By default a mutual recognition goes on public notice like any other (the office may turn it off). */
export const DEFAULT_MUTUAL_SETTINGS: MutualSettings = { noticeRequired: true };

/** The settings in force. */
export async function mutualSettingsOf(ctx: AppContext): Promise<MutualSettings> {
  const parsed = mutualSettings.partial().safeParse((await readMutualSettings(ctx.db)) ?? {});
  return { ...DEFAULT_MUTUAL_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** PUT /api/v1/mutual-recognitions/settings (office), audited with the old and new values. */
export async function updateMutualSettings(ctx: AppContext, principal: Principal, value: MutualSettings): Promise<MutualSettings> {
  const before = await mutualSettingsOf(ctx);
  await ctx.db.transaction(async (tx) => {
    await writeMutualSettings(tx, value, ctx.clock.now());
    await ctx.audit.record(tx, principal, { action: 'mutual.settings', entity: 'settings', entityId: 'mutual_recognition', detail: { before, after: value } });
  });
  return value;
}

/** A credential that passed every check, with what it is worth here. */
interface Assessed {
  credential: PresentedCredential;
  source: TrustList['members'][number];
  localTier: NonNullable<ReturnType<typeof equivalentTier>>;
  equivalenceVersion: number;
}

const at = (d: Date) => d.toISOString().slice(0, 10);

/** The problem for a refusal, with the issuer named as the trust list names it. */
function refusal(reason: MutualRefusal, issuer: ErrorText | string, extra: { version?: number; kid?: string; until?: string; tier?: string } = {}): AppError {
  const field = [{ field: 'credential', message: reason }];
  switch (reason) {
    case 'malformed':
      return fail('BOLE_MUTUAL_MALFORMED', {}, field);
    case 'own_city':
      return fail('BOLE_MUTUAL_OWN_CITY', {}, field);
    case 'unknown_issuer':
      return fail('BOLE_MUTUAL_UNKNOWN_ISSUER', { issuer, version: extra.version ?? 0 }, field);
    case 'unknown_key':
      return fail('BOLE_MUTUAL_KEY_NOT_LISTED', { issuer, kid: extra.kid ?? '?' }, field);
    case 'bad_signature':
      return fail('BOLE_MUTUAL_BAD_SIGNATURE', { issuer }, field);
    case 'revoked':
      return fail('BOLE_MUTUAL_SOURCE_REVOKED', { issuer }, field);
    case 'expired':
      return fail('BOLE_MUTUAL_SOURCE_EXPIRED', { until: extra.until ?? '?' }, field);
    case 'no_equivalence':
      return fail('BOLE_MUTUAL_NO_EQUIVALENCE', { issuer, version: extra.version ?? 0, tier: extra.tier ?? '?' }, field);
    case 'duplicate':
      return fail('BOLE_MUTUAL_DUPLICATE', { at: extra.until ?? '?' }, field);
    case 'no_trust_list':
      return fail('BOLE_MUTUAL_NO_TRUST_LIST');
    case 'no_status_list':
      return fail('BOLE_MUTUAL_NO_STATUS_LIST', { issuer });
  }
}

/** Audits a refusal in its own transaction (nothing else is written) and returns the problem to throw. */
async function refused(ctx: AppContext, principal: Principal, reason: MutualRefusal, issuer: string | null, problem: AppError): Promise<AppError> {
  await ctx.db.transaction((tx) =>
    ctx.audit.record(tx, principal, { action: 'mutual.refuse', entity: 'mutual_recognition', detail: { reason, issuer, code: problem.code } }),
  );
  return problem;
}

/** Verifies and maps a presented credential; throws the audited refusal when any check fails. */
async function assess(ctx: AppContext, ports: MutualPorts, principal: Principal, text: string): Promise<Assessed> {
  const list = await ports.trustList();
  if (!list) throw await refused(ctx, principal, 'no_trust_list', null, refusal('no_trust_list', ''));
  const memberName = (code: string): ErrorText | string => list.members.find((m) => m.adminCode === code)?.name ?? code;
  const check = await ports.verify(credentialText(text), list, ctx.clock.now());
  if (!check.ok) {
    const issuer = 'issuer' in check ? check.issuer : null;
    const extra = { version: list.version, ...('kid' in check ? { kid: check.kid } : {}), ...('validUntil' in check ? { until: at(check.validUntil) } : {}) };
    throw await refused(ctx, principal, check.reason, issuer, refusal(check.reason, issuer ? memberName(issuer) : '', extra));
  }
  const source = list.members.find((m) => m.adminCode === check.issuer);
  if (!source) throw await refused(ctx, principal, 'unknown_issuer', check.issuer, refusal('unknown_issuer', check.issuer, { version: list.version }));
  if (check.issuer === ctx.city.adminCode) throw await refused(ctx, principal, 'own_city', check.issuer, refusal('own_city', source.name));
  const localTier = equivalentTier(list.equivalence, check.issuer, check.tier, ctx.city.adminCode);
  const version = list.equivalence?.version ?? 0;
  if (!localTier) {
    throw await refused(ctx, principal, 'no_equivalence', check.issuer, refusal('no_equivalence', source.name, { version, tier: check.tier }));
  }
  const earlier = await findBySource(ctx.db, check.issuer, check.credentialId);
  if (earlier) throw await refused(ctx, principal, 'duplicate', check.issuer, refusal('duplicate', source.name, { until: at(earlier.createdAt) }));
  const { ok: _ok, ...credential } = check;
  return { credential, source, localTier, equivalenceVersion: version };
}

/** The preview shape of an assessed credential. */
async function previewOf(ctx: AppContext, a: Assessed): Promise<MutualPreview> {
  const { noticeRequired } = await mutualSettingsOf(ctx);
  const { noticeWorkingDays } = await recognitionSettingsOf(ctx);
  return {
    source: {
      adminCode: a.source.adminCode,
      name: a.source.name,
      credentialId: a.credential.credentialId,
      statusIndex: a.credential.statusIndex,
      tier: a.credential.tier,
      validUntil: a.credential.validUntil.toISOString(),
    },
    localTier: a.localTier,
    equivalenceVersion: a.equivalenceVersion,
    noticeWorkingDays: noticeRequired ? noticeWorkingDays : null,
  };
}

function talentOf(principal: Principal): string {
  if (principal.role !== 'talent' || !principal.talentId) {
    throw forbidden({ en: 'Only a talent presents their own credential for mutual recognition.', zh: '资格互认须由人才本人提交凭证。' });
  }
  return principal.talentId;
}

/** POST /api/v1/mutual-recognitions/preview: what the credential is worth here; nothing is written. */
export async function previewMutualRecognition(ctx: AppContext, ports: MutualPorts, principal: Principal, text: string): Promise<MutualPreview> {
  talentOf(principal);
  return previewOf(ctx, await assess(ctx, ports, principal, text));
}

/** POST /api/v1/mutual-recognitions: verifies, maps and grants (or puts on notice); tells the source when consented. */
export async function requestMutualRecognition(
  ctx: AppContext,
  ports: MutualPorts,
  principal: Principal,
  body: CreateMutualRecognitionBody,
): Promise<MutualRecognition> {
  const talentId = talentOf(principal);
  const a = await assess(ctx, ports, principal, body.credential);
  const preview = await previewOf(ctx, a);
  const settings = await recognitionSettingsOf(ctx);
  const now = ctx.clock.now();
  const origin = {
    sourceAdminCode: a.source.adminCode,
    sourceCredentialId: a.credential.credentialId,
    sourceStatusIndex: a.credential.statusIndex,
    sourceTier: a.credential.tier,
    equivalenceVersion: a.equivalenceVersion,
  };
  const id = await ctx.db.transaction(async (tx) => {
    const c = await openMutualCase(ctx, tx, {
      talentId,
      tier: a.localTier,
      requestedBy: principal,
      withNotice: preview.noticeWorkingDays !== null,
      origin,
      settings,
    });
    const row = await insertMutual(tx, {
      talentId,
      recognitionId: c.id,
      ...origin,
      sourceValidUntil: a.credential.validUntil,
      localTier: a.localTier,
      consentToNotifySource: body.consentToNotifySource,
      consentAt: body.consentToNotifySource ? now : null,
      createdAt: now,
    });
    if (!row) throw refusal('duplicate', a.source.name, { until: at(now) });
    await ctx.audit.record(tx, principal, {
      action: 'mutual.request',
      entity: 'mutual_recognition',
      entityId: row.id,
      detail: { ...origin, localTier: a.localTier, recognitionId: c.id, status: c.status, consentToNotifySource: body.consentToNotifySource },
    });
    return row.id;
  });
  const [created] = await listMutual(ctx.db, { ids: [id] });
  if (created!.row.consentToNotifySource) await tellSource(ctx, ports, created!);
  return (await presentMutual(ctx, ports, { ids: [id] }))[0]!;
}

/** The API shape, with the source city's name from the trust list in force. */
export async function presentMutual(ctx: AppContext, ports: MutualPorts, filter: { talentId?: string; ids?: string[] }): Promise<MutualRecognition[]> {
  const [rows, list, settings] = await Promise.all([listMutual(ctx.db, filter), ports.trustList(), recognitionSettingsOf(ctx)]);
  const nameOf = (code: string) => list?.members.find((m) => m.adminCode === code)?.name ?? { zh: code, en: code };
  return rows.map((r: MutualWithCase) => ({
    id: r.row.id,
    recognitionId: r.row.recognitionId,
    talentName: r.talentName,
    status: mutualStatusOf(r.caseStatus, r.row.endedAt),
    source: {
      adminCode: r.row.sourceAdminCode,
      name: nameOf(r.row.sourceAdminCode),
      credentialId: r.row.sourceCredentialId,
      statusIndex: r.row.sourceStatusIndex,
      tier: r.row.sourceTier,
      validUntil: r.row.sourceValidUntil.toISOString(),
    },
    localTier: r.row.localTier,
    equivalenceVersion: r.row.equivalenceVersion,
    noticeWorkingDays: r.noticeEndsOn ? settings.noticeWorkingDays : null,
    noticeEndsOn: r.noticeEndsOn,
    validUntil: r.validUntil,
    consentToNotifySource: r.row.consentToNotifySource,
    sourceNotifiedAt: r.row.sourceNotifiedAt?.toISOString() ?? null,
    endedAt: r.row.endedAt?.toISOString() ?? null,
    endReason: r.row.endReason,
    createdAt: r.row.createdAt.toISOString(),
  }));
}

/** GET /api/v1/mutual-recognitions/mine (talent). */
export async function myMutualRecognitions(ctx: AppContext, ports: MutualPorts, principal: Principal): Promise<MutualRecognitionList> {
  return { items: await presentMutual(ctx, ports, { talentId: talentOf(principal) }) };
}

/** GET /api/v1/mutual-recognitions (office, auditor): every mutual recognition granted here. */
export async function incomingMutualRecognitions(ctx: AppContext, ports: MutualPorts): Promise<MutualRecognitionList> {
  return { items: await presentMutual(ctx, ports, {}) };
}
