/**
 * The committee's side of the trust list, for `bole region committee-key` and `bole region
 * trust-list sign`: a key pair, and a list written in YAML checked and signed. No database.
 */
import { parse as parseYaml } from 'yaml';
import { generateKey, signCompact, type PrivateKey, type PublicKeyJwk, type SigningAlg } from './credentials/index.js';
import { parseTrustList, TRUST_LIST_TYP } from './trust-list.js';

/** A committee key pair: the private JWK file (kept offline) and the JWKS every instance is given. */
export async function newCommitteeKey(alg: SigningAlg): Promise<{ privateJwk: Record<string, unknown>; jwks: { keys: PublicKeyJwk[] } }> {
  const { publicJwk, privateKey } = await generateKey(alg);
  return { privateJwk: { ...privateKey.privateJwk, kid: privateKey.kid, alg: privateKey.alg }, jwks: { keys: [publicJwk] } };
}

/** Reads a private JWK file's content (as written by `newCommitteeKey`). */
export function committeePrivateKey(text: string): PrivateKey {
  const jwk = JSON.parse(text) as Record<string, unknown>;
  if (typeof jwk.kid !== 'string' || (jwk.alg !== 'EdDSA' && jwk.alg !== 'SM2') || typeof jwk.d !== 'string')
    throw new Error('not a committee private key: a JWK with kid, alg (EdDSA or SM2) and d');
  const { kid, alg, ...privateJwk } = jwk;
  return { kid, alg, privateJwk };
}

/** Thrown when a list does not pass the schema; `problems` names each field. */
export class TrustListInvalid extends Error {
  constructor(readonly problems: string[]) {
    super(`The trust list is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Checks a trust list written in YAML (or JSON) and signs it with the committee key. */
export async function signTrustList(source: string, key: PrivateKey): Promise<string> {
  const parsed = parseTrustList(parseYaml(source) as unknown);
  if (!parsed.ok) throw new TrustListInvalid(parsed.problems);
  return signCompact(parsed.list, TRUST_LIST_TYP, key);
}
