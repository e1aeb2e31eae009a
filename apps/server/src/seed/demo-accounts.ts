/**
 * The demo city's fixed logins (printed in the first-start banner). All share one password;
 * change or disable them before real use.
 */

/** Password of every demo account. */
export const DEMO_PASSWORD = 'Bole@2026';
/** Mobile number the demo talent signs in with (generated talents never get a 138 number). */
export const DEMO_TALENT_MOBILE = '13800000001';
/** Credit code of the demo employer (valid GB 32100 check character). */
export const DEMO_CREDIT_CODE = '91430200MA4L12345F';
/**
 * Staff usernames, one per staff role, and a second officer (`officer2`) who confirms what the
 * first prepares (four eyes on money); the reviewers belong to 人社局 (rsj), the second
 * (`reviewer2`) approving what the first approved above the large-approval threshold.
 */
export const DEMO_STAFF = [
  { username: 'reviewer', role: 'reviewer', displayName: '人社局审核员', department: 'rsj' },
  { username: 'reviewer2', role: 'reviewer', displayName: '人社局复核员', department: 'rsj' },
  { username: 'officer', role: 'officer', displayName: '人才办专员', department: 'rcb' },
  { username: 'officer2', role: 'officer', displayName: '人才办复核员', department: 'rcb' },
  { username: 'concierge', role: 'concierge', displayName: '人才服务专员', department: null },
  { username: 'auditor', role: 'auditor', displayName: '审计员', department: null },
  { username: 'admin', role: 'admin', displayName: '系统管理员', department: null },
] as const;
