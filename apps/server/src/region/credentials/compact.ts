/**
 * Compact JWS (RFC 7515) over any JSON payload, signed with EdDSA (Ed25519, jose) or SM2 with
 * SM3 (sm-crypto-v2). Header `{alg, kid, typ}`. Verification never throws for bad input: it
 * answers with a machine reason.
 */
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { CompactSign, importJWK, type CryptoKey } from 'jose';
import type { PrivateKey, PublicKeyJwk, SigningAlg } from './keys.js';
import { SM2_SIGNATURE_BYTES, sm2Sign, sm2Verify } from './sm2.js';

/** The protected header of a verified token. */
export interface CompactHeader {
  alg: SigningAlg;
  kid: string;
  typ?: string;
}

/** Why a compact JWS did not verify. */
export type CompactFailure = 'structure' | 'unknown_key' | 'bad_signature' | 'unsupported_alg';

/** The outcome of `verifyCompact`. */
export type CompactVerification = { ok: true; header: CompactHeader; payload: Record<string, unknown> } | { ok: false; reason: CompactFailure };

/** The parts of a compact JWS, decoded. */
export interface CompactJwsParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: Buffer;
  /** `header.payload` as sent: the signing input. */
  signingInput: string;
}

const B64URL = /^[A-Za-z0-9_-]+$/;
const ED25519_SIGNATURE_BYTES = 64;
const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeSegment(segment: string): Buffer | null {
  if (!B64URL.test(segment) || segment.length % 4 === 1) return null;
  return Buffer.from(segment, 'base64url');
}

function decodeJsonObject(segment: string): Record<string, unknown> | null {
  const bytes = decodeSegment(segment);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(strictUtf8.decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Splits and decodes a compact JWS without verifying it; null when the text is not one (wrong
 * number of parts, bad base64url, header or payload not a JSON object, empty signature).
 */
export function decodeCompactJws(token: string): CompactJwsParts | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  const header = decodeJsonObject(h);
  const payload = decodeJsonObject(p);
  const signature = decodeSegment(s);
  if (!header || !payload || !signature || signature.length === 0) return null;
  return { header, payload, signature, signingInput: `${h}.${p}` };
}

const b64json = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const importedKeys = new Map<string, Promise<CryptoKey>>();

/** Imports an Ed25519 private JWK once (keys are cached by their encoded form). */
function ed25519SigningKey(jwk: Record<string, unknown>): Promise<CryptoKey> {
  const cacheKey = `${String(jwk.x)}.${String(jwk.d)}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    key = importJWK({ kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), d: String(jwk.d) }, 'EdDSA') as Promise<CryptoKey>;
    key.catch(() => importedKeys.delete(cacheKey));
    if (importedKeys.size > 256) importedKeys.clear();
    importedKeys.set(cacheKey, key);
  }
  return key;
}

/** Compact JWS over `payload` with header `{alg, kid, typ}`, signed by `key`. */
export async function signCompact(payload: object, typ: string, key: PrivateKey): Promise<string> {
  const header = { alg: key.alg, kid: key.kid, typ };
  if (key.alg === 'EdDSA') {
    return new CompactSign(encoder.encode(JSON.stringify(payload))).setProtectedHeader(header).sign(await ed25519SigningKey(key.privateJwk));
  }
  const signingInput = `${b64json(header)}.${b64json(payload)}`;
  const signature = sm2Sign(encoder.encode(signingInput), key.privateJwk as { x: string; y: string; d: string });
  return `${signingInput}.${Buffer.from(signature).toString('base64url')}`;
}

const isAlg = (alg: unknown): alg is SigningAlg => alg === 'EdDSA' || alg === 'SM2';

/** The key's curve matches its algorithm (an EdDSA header never verifies with an SM2 key). */
function keyFitsAlg(key: PublicKeyJwk, alg: SigningAlg): boolean {
  if (key.alg !== alg) return false;
  return alg === 'EdDSA' ? key.kty === 'OKP' && key.crv === 'Ed25519' : key.kty === 'EC' && key.crv === 'SM2' && typeof key.y === 'string';
}

const publicKeys = new Map<string, KeyObject>();

/** An Ed25519 public key as a Node key object, parsed once per `x`. */
function ed25519PublicKey(x: string): KeyObject {
  let key = publicKeys.get(x);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    if (publicKeys.size > 256) publicKeys.clear();
    publicKeys.set(x, key);
  }
  return key;
}

/**
 * The signature check. Ed25519 goes to Node's crypto synchronously (RFC 8032 verification in
 * OpenSSL) with the key parsed once: a verifier checks thousands of codes per second, and the
 * Web Crypto path jose takes adds a thread-pool hop per call (bench/credentials).
 */
function signatureHolds(parts: CompactJwsParts, key: PublicKeyJwk): boolean {
  const message = encoder.encode(parts.signingInput);
  if (key.alg === 'SM2') return sm2Verify(message, parts.signature, { x: key.x, y: key.y! });
  try {
    return cryptoVerify(null, message, ed25519PublicKey(key.x), parts.signature);
  } catch {
    return false;
  }
}

/**
 * Verifies a compact JWS with the first key of `keys` whose `kid` matches the header's.
 * Reasons: `structure` (not a compact JWS, no kid, or a signature of the wrong length),
 * `unsupported_alg` (an algorithm other than EdDSA/SM2, or not the matching key's),
 * `unknown_key` (no key with that kid), `bad_signature`.
 */
export async function verifyCompact(token: string, keys: readonly PublicKeyJwk[]): Promise<CompactVerification> {
  const trimmed = token.trim();
  const parts = decodeCompactJws(trimmed);
  if (!parts) return { ok: false, reason: 'structure' };
  const { header } = parts;
  if (!isAlg(header.alg)) return { ok: false, reason: 'unsupported_alg' };
  if (typeof header.kid !== 'string') return { ok: false, reason: 'structure' };
  const expectedBytes = header.alg === 'SM2' ? SM2_SIGNATURE_BYTES : ED25519_SIGNATURE_BYTES;
  if (parts.signature.length !== expectedBytes) return { ok: false, reason: 'structure' };
  const key = keys.find((k) => k.kid === header.kid);
  if (!key) return { ok: false, reason: 'unknown_key' };
  if (!keyFitsAlg(key, header.alg)) return { ok: false, reason: 'unsupported_alg' };
  if (!signatureHolds(parts, key)) return { ok: false, reason: 'bad_signature' };
  const typ = typeof header.typ === 'string' ? header.typ : undefined;
  return { ok: true, header: { alg: header.alg, kid: header.kid, ...(typ === undefined ? {} : { typ }) }, payload: parts.payload };
}
