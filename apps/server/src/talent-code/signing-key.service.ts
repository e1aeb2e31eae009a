/**
 * The instance's talent-code signing keys: the current key is created on first use, of the
 * algorithm `BOLE_SIGNING_ALG` names (EdDSA or SM2); rotation retires it (destroying its
 * private half) and starts a new one, and the JWKS publishes every key whose codes may still
 * be presented. The same key signs the status list and SD-JWTs, and is the instance's key on
 * the region's trust list.
 */
import type { JwksDocument } from '@bole/contracts';
import { KID_LENGTH, type PrivateKey, type SigningAlg } from '../region/credentials/index.js';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { generateSigningKey, toPublishedJwk } from './talent-code.jws.js';
import { KEY_RETENTION_AFTER_EXPIRY_MS, keyExpiresAfter } from './talent-code.rules.js';
import {
  findCurrentSigningKey,
  findCurrentSigningKeyForUpdate,
  insertSigningKey,
  latestCodeExpiry,
  listAllKeys,
  listPublishedKeys,
  lockSigningKeys,
  retireSigningKey,
  type SigningKeyRow,
} from './talent-code.repository.js';

/** A key ready to sign with. */
export type CurrentSigningKey = PrivateKey;

type Actor = Pick<Principal, 'userId' | 'role'> | null;

async function createKey(ctx: AppContext, tx: Tx, actor: Actor, detail: Record<string, unknown> = {}): Promise<SigningKeyRow> {
  const key = await generateSigningKey(ctx.config.signingAlg);
  const row = await insertSigningKey(tx, {
    kid: key.kid,
    alg: key.alg,
    publicJwk: key.publicJwk,
    privateKeyEnc: ctx.cipher.encrypt(JSON.stringify(key.privateJwk)),
    createdAt: ctx.clock.now(),
  });
  await ctx.audit.record(tx, actor, { action: 'signing_key.create', entity: 'signing_key', entityId: key.kid, detail: { ...detail, alg: key.alg } });
  return row;
}

function unseal(ctx: AppContext, row: SigningKeyRow): CurrentSigningKey {
  if (!row.privateKeyEnc) throw new Error(`Signing key ${row.kid} has no private key`);
  return { kid: row.kid, alg: row.alg as SigningAlg, privateJwk: JSON.parse(ctx.cipher.decrypt(row.privateKeyEnc)) as PrivateKey['privateJwk'] };
}

/**
 * The key to sign with inside `tx`, created on first use (under an advisory lock, re-checked,
 * so concurrent first issues create one key). Call `ensureSigningKey` at start-up so that the
 * creation does not happen inside a busy transaction.
 */
export async function currentSigningKey(ctx: AppContext, tx: Tx, actor: Actor = null): Promise<CurrentSigningKey> {
  const existing = await findCurrentSigningKey(tx);
  if (existing) return unseal(ctx, existing);
  await lockSigningKeys(tx);
  const raced = await findCurrentSigningKey(tx);
  if (raced) return unseal(ctx, raced);
  return unseal(ctx, await createKey(ctx, tx, actor, { reason: 'first use' }));
}

/**
 * Creates the current key if there is none yet, in its own transaction. Rotates (the old key
 * stays published for its codes) when the current key is of another algorithm than
 * `BOLE_SIGNING_ALG` (the operator switched), or has a whole-thumbprint kid from before the
 * region (the QR text carries a short one). Returns the current kid.
 */
export async function ensureSigningKey(ctx: AppContext): Promise<string> {
  const current = await ctx.db.transaction(async (tx) => currentSigningKey(ctx, tx, null));
  if (current.alg === ctx.config.signingAlg && current.kid.length === KID_LENGTH) return current.kid;
  return (await rotateSigningKey(ctx, null)).kid;
}

/** What a rotation did. */
export interface Rotation {
  kid: string;
  /** The key retired, and until when it stays published (`published` false: it left the JWKS at once). */
  retired: { kid: string; expiresAfter: string; published: boolean } | null;
}

/**
 * Makes a new current key. The old one is retired: its private key is destroyed and it stays
 * in the JWKS until its last code has expired (plus the retention period). One transaction,
 * audited; safe while codes are being issued on other nodes: issuing takes no lock that the
 * rotation waits for, and a code signed with the old key by a transaction that read it just
 * before the rotation committed keeps that key published (see `listPublishedKeys`).
 */
export async function rotateSigningKey(ctx: AppContext, actor: Actor = null): Promise<Rotation> {
  return ctx.db.transaction(async (tx) => {
    await lockSigningKeys(tx);
    const old = await findCurrentSigningKeyForUpdate(tx);
    let retired: Rotation['retired'] = null;
    if (old) {
      const now = ctx.clock.now();
      const expiresAfter = keyExpiresAfter(now, await latestCodeExpiry(tx, old.kid));
      await retireSigningKey(tx, old.kid, now, expiresAfter);
      await ctx.audit.record(tx, actor, {
        action: 'signing_key.retire',
        entity: 'signing_key',
        entityId: old.kid,
        detail: { expiresAfter: expiresAfter.toISOString() },
      });
      retired = { kid: old.kid, expiresAfter: expiresAfter.toISOString(), published: expiresAfter > now };
    }
    const created = await createKey(ctx, tx, actor, { reason: 'rotation', replaces: old?.kid ?? null });
    return { kid: created.kid, retired };
  });
}

/** The public keys to publish now, current first. */
export async function publishedJwks(ctx: AppContext): Promise<JwksDocument> {
  const rows = await listPublishedKeys(ctx.db, ctx.clock.now(), KEY_RETENTION_AFTER_EXPIRY_MS);
  const ordered = [...rows.filter((r) => !r.retiredAt), ...rows.filter((r) => r.retiredAt)];
  return { keys: ordered.map((r) => toPublishedJwk(r.kid, r.publicJwk, r.alg)) };
}

/** Every key with its state, for `bole keys list`. */
export async function describeSigningKeys(ctx: AppContext) {
  const published = new Set((await listPublishedKeys(ctx.db, ctx.clock.now(), KEY_RETENTION_AFTER_EXPIRY_MS)).map((r) => r.kid));
  return (await listAllKeys(ctx.db)).map((r) => ({
    kid: r.kid,
    alg: r.alg,
    createdAt: r.createdAt.toISOString(),
    state: !r.retiredAt ? 'current' : published.has(r.kid) ? 'retired, published' : 'retired, unpublished',
    retiredAt: r.retiredAt?.toISOString() ?? null,
    expiresAfter: r.expiresAfter?.toISOString() ?? null,
  }));
}
