/** Errors of mutual recognition (资格互认): why a credential of another city is refused here. */
import type { ErrorDefinition } from './error-definition.js';

export const MUTUAL_ERRORS = {
  BOLE_MUTUAL_MALFORMED: {
    status: 400,
    title: { en: 'Not a credential', zh: '不是有效的人才码' },
    detail: {
      en: 'The text is not a talent code or a credential presentation of a city of the region. Paste the whole code or scan its QR again.',
      zh: '所填内容不是本区域城市签发的人才码或凭证。请完整粘贴，或重新扫描二维码。',
    },
  },
  BOLE_MUTUAL_OWN_CITY: {
    status: 422,
    title: { en: 'Issued by this city', zh: '本市签发的凭证' },
    detail: {
      en: 'This credential was issued by this city; mutual recognition is for credentials of other cities.',
      zh: '该凭证由本市签发，无需互认；资格互认适用于外市签发的凭证。',
    },
  },
  BOLE_MUTUAL_UNKNOWN_ISSUER: {
    status: 422,
    title: { en: 'Unknown issuer', zh: '签发方不在信任名单中' },
    detail: {
      en: 'The issuer {issuer} is not a member of the region’s trust list (version {version}).',
      zh: '签发方 {issuer} 不在区域信任名单（第 {version} 版）中。',
    },
  },
  BOLE_MUTUAL_KEY_NOT_LISTED: {
    status: 422,
    title: { en: 'Key not on the trust list', zh: '签名密钥不在信任名单中' },
    detail: {
      en: 'The credential is signed with key {kid}, which the trust list does not list for {issuer} at this time.',
      zh: '该凭证的签名密钥 {kid} 当前不在信任名单中 {issuer} 的有效密钥之列。',
    },
  },
  BOLE_MUTUAL_BAD_SIGNATURE: {
    status: 422,
    title: { en: 'Signature does not verify', zh: '签名校验未通过' },
    detail: { en: 'The credential’s signature does not verify with {issuer}’s listed key.', zh: '该凭证的签名无法用 {issuer} 的登记密钥校验通过。' },
  },
  BOLE_MUTUAL_SOURCE_REVOKED: {
    status: 422,
    title: { en: 'Credential revoked', zh: '凭证已被撤销' },
    detail: { en: '{issuer} has revoked this credential.', zh: '{issuer} 已撤销该凭证。' },
  },
  BOLE_MUTUAL_SOURCE_EXPIRED: {
    status: 422,
    title: { en: 'Credential expired', zh: '凭证已过期' },
    detail: { en: 'This credential was valid until {until}.', zh: '该凭证有效期至 {until}，已过期。' },
  },
  BOLE_MUTUAL_NO_EQUIVALENCE: {
    status: 422,
    title: { en: 'No equivalent tier', zh: '无对应层次' },
    detail: {
      en: 'The committee’s equivalence table (version {version}) gives no tier here for tier {tier} of {issuer}.',
      zh: '联席会议层次对应表（第 {version} 版）未规定 {issuer} {tier} 类人才在本市对应的层次。',
    },
  },
  BOLE_MUTUAL_DUPLICATE: {
    status: 409,
    title: { en: 'Already presented', zh: '该凭证已申请互认' },
    detail: { en: 'This credential was already presented for mutual recognition on {at}.', zh: '该凭证已于 {at} 申请过互认。' },
  },
  BOLE_MUTUAL_NO_TRUST_LIST: {
    status: 409,
    title: { en: 'No trust list yet', zh: '尚未取得信任名单' },
    detail: {
      en: 'This city has not received a verified trust list of the region yet; mutual recognition is possible once it has.',
      zh: '本市尚未取得经验证的区域信任名单，取得后方可办理资格互认。',
    },
  },
  BOLE_MUTUAL_NO_STATUS_LIST: {
    status: 503,
    title: { en: 'Revocation status not at hand', zh: '无法核验撤销状态' },
    detail: {
      en: 'The status list of {issuer} has not been received yet, so whether the credential was revoked cannot be checked. Try again later.',
      zh: '尚未取得 {issuer} 的凭证状态列表，无法核验该凭证是否已被撤销，请稍后再试。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
