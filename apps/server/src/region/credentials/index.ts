/**
 * Credentials that travel between the region's instances: keys (EdDSA or SM2), compact JWS,
 * the bitstring status list, SD-JWT and the verification of a presented credential. Pure
 * functions, no I/O; formats in docs/credentials.md.
 */
export { generateKey, kidOf, publicJwkOf, SIGNING_ALGS, KID_LENGTH, type PrivateKey, type PublicKeyJwk, type SigningAlg } from './keys.js';
export { decodeCompactJws, signCompact, verifyCompact, type CompactHeader, type CompactJwsParts, type CompactVerification } from './compact.js';
export { decodeStatusList, encodeStatusList, isRevokedAt, statusListSizeFor, STATUS_LIST_MIN_ENTRIES } from './status-list.js';
