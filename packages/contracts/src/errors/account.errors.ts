/** Errors of accounts, profiles, the talent code and the operator's commands. */
import type { ErrorDefinition } from './error-definition.js';

export const ACCOUNT_ERRORS = {
  BOLE_DUPLICATE_ACCOUNT: {
    status: 409,
    title: { en: 'Account already exists', zh: '账号已存在' },
    detail: { en: 'An account with this {login} already exists; {next}.', zh: '该{login}已注册，{next}。' },
    defaults: { next: { en: 'sign in instead', zh: '请直接登录' } },
  },
  BOLE_DUPLICATE_ID_NUMBER: {
    status: 409,
    title: { en: 'ID number already registered', zh: '身份证号已被登记' },
    detail: {
      en: 'Another talent has already registered this ID number. If it is yours, contact the talent office.',
      zh: '该身份证号已被其他人才登记。如确属本人，请联系人才办。',
    },
  },
  BOLE_HOLDER_NOT_TALENT: {
    status: 400,
    title: { en: 'Account holder is not you', zh: '户名与本人姓名不一致' },
    detail: {
      en: 'Benefits are paid only into an account in your own name: the account holder must be {name}, as in your profile.',
      zh: '待遇只能发放到本人名下的账户：户名须与档案中的姓名“{name}”一致。',
    },
  },
  BOLE_PAYOUT_ACCOUNT_IN_USE: {
    status: 409,
    title: { en: 'Payments on their way to this account', zh: '有款项正待发放到该账户' },
    detail: {
      en: '{lines} approved payment(s) of {yuan} yuan will be paid into this account, so it cannot be removed until the finance bureau has paid them. You can replace it with another account in your name.',
      zh: '有 {lines} 笔已核准的待遇（共 {yuan} 元）将发放到该账户，待财政局发放后方可删除；您可以更换为本人名下的其他账户。',
    },
  },
  BOLE_WRONG_CURRENT_PASSWORD: {
    status: 400,
    title: { en: 'Current password wrong', zh: '当前密码不正确' },
    detail: { en: 'The current password is wrong; the password was not changed.', zh: '当前密码不正确，密码未修改。' },
  },
  BOLE_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    title: { en: 'Password change required', zh: '需要先修改密码' },
    detail: {
      en: 'Your password was reset by an administrator: choose a new password before doing anything else.',
      zh: '您的密码已由管理员重置，请先设置新密码再进行其他操作。',
    },
  },
  BOLE_RECOVERY_CODE_INVALID: {
    status: 400,
    title: { en: 'Code not valid', zh: '验证码无效' },
    detail: {
      en: 'The code is wrong, used or expired; ask for a new code and try again.',
      zh: '验证码错误、已使用或已过期，请重新获取验证码后再试。',
    },
  },
  BOLE_SMS_UNAVAILABLE: {
    status: 503,
    title: { en: 'Text messages not available', zh: '短信服务不可用' },
    detail: {
      en: 'This instance cannot send text messages yet, so a code cannot be sent; ask the talent office or an administrator to reset your password.',
      zh: '本平台暂未开通短信服务，无法发送验证码；请联系人才办或管理员重置密码。',
    },
  },
  BOLE_CANNOT_DISABLE_SELF: {
    status: 409,
    title: { en: 'Cannot disable yourself', zh: '不能停用自己' },
    detail: { en: 'You cannot disable your own account.', zh: '不能停用自己的账号。' },
  },
  BOLE_CANNOT_RESET_SELF: {
    status: 409,
    title: { en: 'Cannot reset your own password', zh: '不能重置自己的密码' },
    detail: { en: 'Change your own password under 修改密码 instead of resetting it.', zh: '请在“修改密码”中修改自己的密码，不能重置。' },
  },
  BOLE_PROFILE_INCOMPLETE: {
    status: 422,
    title: { en: 'Profile incomplete', zh: '个人资料不完整' },
    detail: { en: 'The profile is incomplete: fill in {missing} first.', zh: '个人资料不完整，请先填写：{missing}。' },
  },
  BOLE_PROFILE_INVALID: {
    status: 422,
    title: { en: 'Stored profile not usable', zh: '档案字段无法使用' },
    detail: { en: 'The stored profile cannot be {use}; correct these fields.', zh: '档案中有字段无法{use}，请更正。' },
    defaults: { use: { en: 'evaluated', zh: '计算' } },
  },
  BOLE_NO_TALENT_CODE: {
    status: 404,
    title: { en: 'No talent code', zh: '没有人才码' },
    detail: {
      en: 'You hold no valid talent code. A code is issued when a talent tier is granted to you.',
      zh: '您目前没有有效的人才码。人才认定通过后将自动签发。',
    },
  },
  BOLE_MALFORMED_CODE: {
    status: 400,
    title: { en: 'Not a talent code', zh: '不是完整的人才码' },
    detail: {
      en: 'This is not a complete talent code (the scan may be cut off); scan it again.',
      zh: '这不是完整的人才码（可能扫描不完整），请重新扫描。',
    },
  },
  BOLE_ALREADY_REVOKED: {
    status: 409,
    title: { en: 'Talent code already revoked', zh: '人才码已撤销' },
    detail: { en: 'This talent code was already revoked on {at}.', zh: '该人才码已于 {at} 被撤销。' },
  },
  BOLE_SEED_NOT_EMPTY: {
    status: 409,
    title: { en: 'Database not empty', zh: '数据库非空' },
    detail: {
      en: 'The database already holds {talents} talents and {employers} employers; seed again with --append to add more, or use a fresh database.',
      zh: '数据库中已有 {talents} 名人才和 {employers} 家单位；如需追加请使用 --append，或换一个空数据库。',
    },
  },
  BOLE_CALENDAR_RANGE: {
    status: 422,
    title: { en: 'Date outside the holiday calendar', zh: '日期超出节假日日历' },
    detail: { en: '{problem}', zh: '{problem}' },
  },
} as const satisfies Record<string, ErrorDefinition>;
