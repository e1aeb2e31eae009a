/**
 * Evidence files: upload (streamed, sniffed, size-limited, content-addressed), listing for
 * reuse, and download for those allowed to see them. Whether staff may see a file depends on
 * the cases referencing it, which the workflows decide: each registers a `StaffEvidenceAccess`
 * at start-up (`ctx.hooks.evidenceAccess`, wired in platform/hooks.ts); evidence knows none of them.
 */
import { EVIDENCE_MAX_BYTES, type Evidence, type EvidenceKind } from '@bole/contracts';
import type { Readable } from 'node:stream';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, forbidden } from '../http/errors.js';
import { checkEvidenceFile, cleanFileName } from './evidence.rules.js';
import { localEvidenceStore, type EvidenceStore, type ReceivedFile } from './evidence.storage.js';
import { databaseEvidenceStore } from './evidence-database.storage.js';
import type { IncomingFile } from '../http/multipart.js';
import { findEvidence, findSameEvidence, findTalentEmployer, insertEvidence, listEvidenceOf, type EvidenceRow } from './evidence.repository.js';

/** Reads other modules use to look up evidence records (by id, by ids, a talent's files). */
export { findEvidence, findEvidenceByIds, listEvidenceOf, type EvidenceRow } from './evidence.repository.js';

/** 413 for a file over the limit. */
export const fileTooLarge = () =>
  fail('BOLE_FILE_TOO_LARGE', { mb: EVIDENCE_MAX_BYTES / 1024 / 1024 }, [{ field: 'file', message: `must be at most ${EVIDENCE_MAX_BYTES} bytes` }]);

/** 415 for a file that is not really a PDF, JPEG or PNG, or whose name or type says otherwise. */
export const unsupportedFile = (why: string) => fail('BOLE_UNSUPPORTED_FILE', {}, [{ field: 'file', message: why }]);

/** The API shape of a record. */
export function toEvidence(row: EvidenceRow, reused?: boolean): Evidence {
  return {
    id: row.id,
    talentId: row.talentId,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
    ...(reused === undefined ? {} : { reused }),
  };
}

/**
 * The talent whose evidence the caller manages: a talent their own; an employer a talent it
 * employs (named by `talentId`). 403 otherwise, 404 for an unknown talent.
 */
export async function managedTalentId(ctx: AppContext, principal: Principal, talentId: string | undefined): Promise<string> {
  if (principal.role === 'talent') {
    if (!principal.talentId || (talentId !== undefined && talentId !== principal.talentId)) {
      throw forbidden({ en: 'A talent manages only their own evidence.', zh: '人才只能管理本人的证明材料。' });
    }
    return principal.talentId;
  }
  if (principal.role === 'employer') {
    if (!talentId) throw invalid([{ field: 'talentId', message: 'is required for an employer' }], 'Name the talent (talentId).');
    const t = await findTalentEmployer(ctx.db, talentId);
    if (!t) throw notFound({ en: 'The talent', zh: '该人才' });
    if (!principal.employerId || t.employerId !== principal.employerId) {
      throw forbidden({ en: 'An employer acts only for talents it employs.', zh: '用人单位只能为本单位在职人才办理。' });
    }
    return talentId;
  }
  throw forbidden();
}

/** Where this instance keeps evidence files (BOLE_EVIDENCE_STORE, ADR 0017). */
function storeOf(ctx: AppContext): EvidenceStore {
  return ctx.config.evidenceStore === 'database' ? databaseEvidenceStore(ctx.db, ctx.config.dataDir, ctx.clock) : localEvidenceStore(ctx.config.dataDir);
}

/** An uploaded file received into the temporary area, not kept yet. */
export interface ReceivedEvidence {
  received: ReceivedFile;
  fileName: string;
  declaredType: string;
}

/** Streams an uploaded file to the temporary area while hashing it. */
export async function receiveEvidence(ctx: AppContext, file: IncomingFile): Promise<ReceivedEvidence> {
  const received = await storeOf(ctx).receive(file.stream);
  return { received, fileName: file.fileName, declaredType: file.declaredType };
}

/** Drops a received file that will not be kept (the rest of the upload was broken). */
export async function discardEvidence(ctx: AppContext, upload: ReceivedEvidence): Promise<void> {
  await storeOf(ctx).discard(upload.received);
}

/** A received file checked and kept in the store (not yet recorded anywhere). */
export interface KeptFile {
  fileName: string;
  contentType: Evidence['contentType'];
  size: number;
  sha256: string;
}

/**
 * Checks a received file and keeps it in the store: 413 past the limit, 415 when the bytes are
 * not PDF/JPEG/PNG or disagree with the name (the file is dropped). Other areas keep their own
 * records of the files they accept this way (an employer's business licence).
 */
export async function keepCheckedFile(ctx: AppContext, upload: ReceivedEvidence): Promise<KeptFile> {
  const store = storeOf(ctx);
  const { received } = upload;
  if (received.size > EVIDENCE_MAX_BYTES) {
    await store.discard(received);
    throw fileTooLarge();
  }
  const fileName = cleanFileName(upload.fileName);
  const checked = checkEvidenceFile({ head: received.head, fileName, declaredType: upload.declaredType });
  if (!checked.ok) {
    await store.discard(received);
    throw unsupportedFile(checked.why === 'unknown_content' ? 'is not a PDF, JPEG or PNG file' : 'has a name or type that does not match its content');
  }
  await store.commit(received);
  return { fileName, contentType: checked.contentType, size: received.size, sha256: received.sha256 };
}

/** Opens a kept file by its content hash; null when the store no longer has it. */
export async function openKeptFile(ctx: AppContext, sha256: string): Promise<{ stream: Readable; size: number } | null> {
  return storeOf(ctx).open(sha256);
}

/**
 * Keeps a received file for `talentId` as evidence of `kind` (see `keepCheckedFile`), then
 * records it, audited, in one transaction. The same file for the same talent and kind returns
 * the record already on file (`reused: true`).
 */
export async function uploadEvidence(
  ctx: AppContext,
  principal: Principal,
  input: { talentId: string; kind: EvidenceKind; upload: ReceivedEvidence },
): Promise<Evidence> {
  const kept = await keepCheckedFile(ctx, input.upload);
  return ctx.db.transaction(async (tx) => {
    const same = await findSameEvidence(tx, input.talentId, input.kind, kept.sha256);
    if (same) return toEvidence(same, true);
    const row = await insertEvidence(tx, {
      talentId: input.talentId,
      kind: input.kind,
      fileName: kept.fileName,
      contentType: kept.contentType,
      size: kept.size,
      sha256: kept.sha256,
      uploadedBy: principal.userId,
      uploadedAt: ctx.clock.now(),
    });
    if (!row) return toEvidence((await findSameEvidence(tx, input.talentId, input.kind, kept.sha256))!, true);
    await ctx.audit.record(tx, principal, {
      action: 'evidence.upload',
      entity: 'evidence',
      entityId: row.id,
      detail: { talentId: input.talentId, kind: input.kind, sha256: kept.sha256, size: kept.size, contentType: kept.contentType },
    });
    return toEvidence(row, false);
  });
}

/** The evidence on file for a talent (offered again when a case needs that kind). */
export async function listEvidence(ctx: AppContext, talentId: string): Promise<Evidence[]> {
  return (await listEvidenceOf(ctx.db, talentId)).map((r) => toEvidence(r));
}

/** Decides whether a staff member may see a record (a workflow: a case of theirs references it). */
export type StaffEvidenceAccess = (ctx: AppContext, principal: Principal, evidenceId: string) => Promise<boolean>;

/** Whether any registered workflow lets this staff member see the record. */
async function staffMaySee(ctx: AppContext, principal: Principal, id: string): Promise<boolean> {
  for (const maySee of ctx.hooks.evidenceAccess) if (await maySee(ctx, principal, id)) return true;
  return false;
}

/**
 * Opens an evidence file for download: the talent it belongs to, the employer that uploaded
 * it, the auditor, and reviewers, officers and concierges whom a registered workflow lets see it (a case of
 * theirs references it). Anyone else gets 404 (ids cannot be probed). A read by someone other
 * than the owner is audited.
 */
export async function openEvidenceFile(
  ctx: AppContext,
  principal: Principal,
  id: string,
  ip: string | null,
): Promise<{ row: EvidenceRow; stream: Readable; size: number }> {
  const row = await findEvidence(ctx.db, id);
  const missing = () => notFound({ en: 'The evidence file', zh: '该证明材料' });
  if (!row) throw missing();
  const owner = principal.role === 'talent' && principal.talentId === row.talentId;
  const uploader = principal.role === 'employer' && row.uploadedBy === principal.userId;
  const allowed =
    owner ||
    uploader ||
    principal.role === 'auditor' ||
    ((principal.role === 'reviewer' || principal.role === 'officer' || principal.role === 'concierge') && (await staffMaySee(ctx, principal, id)));
  if (!allowed) throw missing();
  const file = await storeOf(ctx).open(row.sha256);
  if (!file) throw missing();
  if (!owner) {
    await ctx.db.transaction((tx) =>
      ctx.audit.record(tx, principal, { action: 'evidence.read', entity: 'evidence', entityId: id, detail: { talentId: row.talentId, kind: row.kind } }, ip),
    );
  }
  return { row, ...file };
}
