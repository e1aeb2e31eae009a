/** Errors of the region: the trust list, signed messages between cities, consents and fact requests. */
import type { ErrorDefinition } from './error-definition.js';

export const REGION_ERRORS = {
  BOLE_REGION_DISABLED: {
    status: 409,
    title: { en: 'Not part of a region', zh: '未加入区域互认' },
    detail: {
      en: 'This instance has no trust list yet (BOLE_REGION_TRUST_LIST_URL and BOLE_REGION_COMMITTEE_JWKS, then a successful fetch).',
      zh: '本实例尚无有效的信任列表（需配置 BOLE_REGION_TRUST_LIST_URL 与 BOLE_REGION_COMMITTEE_JWKS 并成功获取）。',
    },
  },
  BOLE_REGION_UNKNOWN_MEMBER: {
    status: 400,
    title: { en: 'Not a member city', zh: '不是区域成员城市' },
    detail: { en: '{adminCode} is not a member of the trust list.', zh: '{adminCode} 不在信任列表中。' },
  },
  BOLE_REGION_MESSAGE_REFUSED: {
    status: 400,
    title: { en: 'Message refused', zh: '报文被拒绝' },
    detail: { en: 'The signed message was refused: {reason}.', zh: '签名报文被拒绝：{reason}。' },
  },
  BOLE_REGION_MESSAGE_REPLAYED: {
    status: 409,
    title: { en: 'Message replayed', zh: '重复报文' },
    detail: { en: 'A message with this id from {peer} was already received.', zh: '已接收过 {peer} 发送的同一编号报文。' },
  },
  BOLE_REGION_PARTNER_UNREACHABLE: {
    status: 502,
    title: { en: 'Partner city unreachable', zh: '对方城市暂时无法访问' },
    detail: {
      en: 'The instance of {adminCode} did not answer with a valid signed message: {reason}.',
      zh: '{adminCode} 的实例未返回有效的签名答复：{reason}。',
    },
  },
  BOLE_REGION_NO_ID_NUMBER: {
    status: 409,
    title: { en: 'ID number needed', zh: '需要身份证号' },
    detail: {
      en: 'Facts are matched between cities by the ID number (hashed): add your ID number to your profile first.',
      zh: '城市间按身份证号（哈希后）匹配信息：请先在个人档案中填写身份证号。',
    },
  },
  BOLE_CONSENT_NOT_ACTIVE: {
    status: 409,
    title: { en: 'Consent not active', zh: '授权已失效' },
    detail: { en: 'This consent was already revoked or has expired.', zh: '该授权已撤回或已到期。' },
  },
} as const satisfies Record<string, ErrorDefinition>;
