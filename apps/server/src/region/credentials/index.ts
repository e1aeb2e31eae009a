/**
 * Credentials that travel between the region's instances: keys (EdDSA or SM2), compact JWS,
 * the bitstring status list, the compact talent code, SD-JWT and the verification of a
 * presented credential. Pure functions, no I/O; formats in docs/credentials.md.
 */
export { generateKey, kidOf, publicJwkOf, KID_LENGTH, type PrivateKey, type PublicKeyJwk, type SigningAlg } from './keys.js';
export { decodeCompactJws, signCompact, verifyCompact, type CompactHeader, type CompactJwsParts, type CompactVerification } from './compact.js';
export { decodeStatusList, encodeStatusList, isRevokedAt, statusListSizeFor, STATUS_LIST_MIN_ENTRIES, STATUS_LIST_TYP } from './status-list.js';
export {
  COMPACT_TALENT_CODE_MAX_CHARS,
  COMPACT_TALENT_CODE_TYP,
  compactTalentPayload,
  credentialIdOf,
  signCompactTalentCode,
  type TalentCredential,
} from './talent-credential.js';
export { issueSdJwt, SD_JWT_TYP, type SdJwtInput } from './sd-jwt.js';
export { fromQrText, jwsOfPresented, QR_TEXT_PREFIX, toQrText } from './qr-text.js';
export { presentSdJwt } from '@bole/contracts';
export { CLOCK_LEEWAY_SECONDS, isSdJwt, verifyPresentedCredential, verifySdJwt, type IssuerKeys, type StatusListSource } from './presented.js';
