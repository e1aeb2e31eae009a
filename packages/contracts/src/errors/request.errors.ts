/**
 * Errors of the request itself: its form, its fields, who sends it, files it carries. Each code
 * has one HTTP status, a short bilingual title (what the code means) and a detail template with
 * named `{parameters}`; `defaults` fill parameters a caller may leave out.
 */
import type { ErrorDefinition } from './error-definition.js';

export const REQUEST_ERRORS = {
  BOLE_VALIDATION: {
    status: 400,
    title: { en: 'Invalid fields', zh: '字段不合法' },
    detail: { en: '{summary} {fields}', zh: '请求中有字段不合法：{fields}' },
    defaults: { summary: 'The request has invalid fields.' },
  },
  BOLE_BAD_REQUEST: {
    status: 400,
    title: { en: 'Bad request', zh: '请求格式不正确' },
    detail: { en: 'The request could not be understood.', zh: '请求格式不正确。' },
  },
  BOLE_MALFORMED_JSON: {
    status: 400,
    title: { en: 'Malformed JSON', zh: 'JSON 格式错误' },
    detail: { en: 'The body is empty or not valid JSON.', zh: '请求体为空或不是合法的 JSON。' },
  },
  BOLE_BAD_URL: {
    status: 400,
    title: { en: 'Invalid address', zh: '请求地址不合法' },
    detail: { en: 'The address is not valid: check its percent-encoding.', zh: '请求地址不合法，请检查其中的百分号编码。' },
  },
  BOLE_MALFORMED_MULTIPART: {
    status: 400,
    title: { en: 'Unreadable upload', zh: '上传内容无法解析' },
    detail: {
      en: 'The upload could not be read ({why}); send the file again as multipart/form-data.',
      zh: '上传内容无法解析（格式不完整或已中断），请重新以 multipart/form-data 上传文件。',
    },
  },
  BOLE_CLIENT_ERROR: {
    status: 400,
    title: { en: 'Request refused', zh: '请求被拒绝' },
    detail: { en: 'The request was refused (HTTP {status}).', zh: '请求被拒绝（HTTP {status}）。' },
  },
  BOLE_UNAUTHENTICATED: {
    status: 401,
    title: { en: 'Not signed in', zh: '未登录' },
    detail: { en: '{reason}', zh: '{reason}' },
    defaults: { reason: { en: 'Sign in first.', zh: '请先登录。' } },
  },
  BOLE_INVALID_CREDENTIALS: {
    status: 401,
    title: { en: 'Wrong login or password', zh: '账号或密码错误' },
    detail: { en: 'The login or password is wrong.', zh: '账号或密码错误。' },
  },
  BOLE_FORBIDDEN: {
    status: 403,
    title: { en: 'Not allowed', zh: '无权操作' },
    detail: { en: '{reason}', zh: '{reason}' },
    defaults: { reason: { en: 'You are not allowed to do this.', zh: '您无权执行此操作。' } },
  },
  BOLE_ORIGIN_MISMATCH: {
    status: 403,
    title: { en: 'Request from another website', zh: '来自其他网站的请求' },
    detail: {
      en: 'This request came from another website and was refused. Open Bole at its own address and try again.',
      zh: '该请求来自其他网站，已被拒绝。请通过本平台地址访问后重试。',
    },
  },
  BOLE_ACCOUNT_DISABLED: {
    status: 403,
    title: { en: 'Account disabled', zh: '账号已停用' },
    detail: { en: '{account} has been disabled; contact the talent office.', zh: '{account}已停用，请联系人才办。' },
    defaults: { account: { en: 'This account', zh: '该账号' } },
  },
  BOLE_NOT_FOUND: {
    status: 404,
    title: { en: 'Not found', zh: '未找到' },
    detail: { en: '{what} was not found.', zh: '未找到{what}。' },
    defaults: { what: { en: 'The resource at this address', zh: '请求的资源' } },
  },
  BOLE_METHOD_NOT_ALLOWED: {
    status: 405,
    title: { en: 'Method not allowed', zh: '不支持该请求方法' },
    detail: { en: 'This method is not allowed here.', zh: '不支持该请求方法。' },
  },
  BOLE_NOT_ACCEPTABLE: {
    status: 406,
    title: { en: 'Not acceptable', zh: '无法以可接受的格式应答' },
    detail: { en: 'The request cannot be answered in an acceptable format.', zh: '无法以可接受的格式应答。' },
  },
  BOLE_REQUEST_TIMEOUT: {
    status: 408,
    title: { en: 'Request timeout', zh: '请求超时' },
    detail: { en: 'The request took too long to arrive.', zh: '请求超时。' },
  },
  BOLE_BODY_TOO_LARGE: {
    status: 413,
    title: { en: 'Body too large', zh: '请求体过大' },
    detail: { en: 'The request body is too large.', zh: '请求体过大。' },
  },
  BOLE_FILE_TOO_LARGE: {
    status: 413,
    title: { en: 'File too large', zh: '文件过大' },
    detail: { en: 'The file is larger than {mb} MB; make it smaller or split it.', zh: '文件超过 {mb} MB，请压缩或拆分后上传。' },
  },
  BOLE_TOO_MANY_PARTS: {
    status: 413,
    title: { en: 'Too many parts', zh: '上传内容的部分过多' },
    detail: {
      en: 'The upload has more parts than this form takes; send one file in the field "file".',
      zh: '上传内容的部分过多，请只在 file 字段中附上一个文件。',
    },
  },
  BOLE_URI_TOO_LONG: {
    status: 414,
    title: { en: 'Address too long', zh: '请求地址过长' },
    detail: { en: 'The address or one of its parameters is too long.', zh: '请求地址或其参数过长。' },
  },
  BOLE_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { en: 'Unsupported content type', zh: '不支持该内容类型' },
    detail: { en: 'The content type is not supported; send application/json.', zh: '不支持该内容类型，请使用 application/json。' },
  },
  BOLE_UNSUPPORTED_FILE: {
    status: 415,
    title: { en: 'Unsupported file', zh: '不支持的文件' },
    detail: {
      en: 'Only PDF, JPEG and PNG files are accepted, and the file name must match its content. Save the document as PDF, JPEG or PNG and upload it again.',
      zh: '仅接受 PDF、JPEG、PNG 文件，且文件扩展名须与内容一致。请另存为 PDF、JPEG 或 PNG 后重新上传。',
    },
  },
  BOLE_RATE_LIMITED: {
    status: 429,
    title: { en: 'Too many requests', zh: '请求过于频繁' },
    detail: { en: 'Too many {attempts}; wait {wait} and try again.', zh: '{attempts}过于频繁，请{wait}后再试。' },
    defaults: { attempts: { en: 'requests', zh: '请求' }, wait: { en: 'a moment', zh: '稍' } },
  },
  BOLE_LOGIN_LOCKED: {
    status: 429,
    title: { en: 'Account locked for a while', zh: '账号暂时锁定' },
    detail: {
      en: 'Too many wrong passwords: this account is locked for {seconds} s, until {until} (Beijing time). Try again then, or ask an administrator to reset your password.',
      zh: '密码错误次数过多，账号已锁定 {seconds} 秒，请于北京时间 {until} 后重试，或联系管理员重置密码。',
    },
  },
  BOLE_HEADERS_TOO_LARGE: {
    status: 431,
    title: { en: 'Headers too large', zh: '请求头过大' },
    detail: { en: 'The request headers are too large.', zh: '请求头过大。' },
  },
  BOLE_DATABASE_UNAVAILABLE: {
    status: 503,
    title: { en: 'Service temporarily unavailable', zh: '服务暂时不可用' },
    detail: {
      en: 'The database cannot be reached just now; nothing was changed. Try again in a few seconds.',
      zh: '数据库暂时无法连接，本次操作未做任何更改，请稍后几秒再试。',
    },
  },
  BOLE_SHUTTING_DOWN: {
    status: 503,
    title: { en: 'Server restarting', zh: '服务正在重启' },
    detail: {
      en: 'This server is stopping for maintenance; nothing was changed. Try again in a few seconds.',
      zh: '服务器正在停机维护，本次操作未做任何更改，请稍后几秒再试。',
    },
  },
  BOLE_INTERNAL: {
    status: 500,
    title: { en: 'Internal error', zh: '服务器内部错误' },
    detail: { en: 'Something went wrong on our side; the error was logged.', zh: '服务器内部错误，已记录。' },
  },
} as const satisfies Record<string, ErrorDefinition>;
