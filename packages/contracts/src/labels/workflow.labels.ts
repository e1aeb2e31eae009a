/**
 * Names of the states and steps of every workflow — recognition, applications, the sweep,
 * entitlements, payments, second approvals, policy versions, talent codes — and of the kinds of
 * evidence. The server's messages, notifications and exports and the web's tags and timelines
 * read these.
 */
import type { ApplicationAction, ApplicationStatus } from '../application.schema.js';
import type { SecondApprovalKind, SecondApprovalStatus } from '../approval.schema.js';
import type { BenefitPeriod, Pillar, PolicyDocKind, PolicyMode, PolicyVersionStatus } from '../policy.schema.js';
import type { PaymentLineStatus } from '../payments.schema.js';
import type { EvidenceKind, RecognitionAction, RecognitionStatus } from '../recognition.schema.js';
import type { RECOGNITION_HOLDERS } from '../recognition.schema.js';
import type { TalentCodeStatus } from '../talent-code.schema.js';
import type { IdDisputeOutcome } from '../talent.schema.js';
import type { Bilingual } from './bilingual.js';

/** Where a recognition case stands. */
export const RECOGNITION_STATUS_LABELS: Record<RecognitionStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'draft' },
  hr_review: { zh: '人社局审核中', en: 'HR bureau review' },
  office_review: { zh: '人才办审批中', en: 'talent office approval' },
  returned: { zh: '已退回补充材料', en: 'returned for evidence' },
  public_notice: { zh: '公示中', en: 'in public notice' },
  granted: { zh: '已认定', en: 'granted' },
  rejected: { zh: '未通过', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  revoked: { zh: '已终止', en: 'ended' },
};

/** What happened to a recognition case (a timeline step). */
export const RECOGNITION_ACTION_LABELS: Record<RecognitionAction, Bilingual> = {
  request: { zh: '提出申请', en: 'requested' },
  submit: { zh: '提交审核', en: 'submitted' },
  hr_approve: { zh: '人社审核通过', en: 'HR review approved' },
  hr_reject: { zh: '人社审核不通过', en: 'HR review rejected' },
  hr_return: { zh: '退回补充材料', en: 'returned for more evidence' },
  office_approve: { zh: '人才办审批通过，进入公示', en: 'approved by the talent office; public notice started' },
  office_reject: { zh: '人才办审批不通过', en: 'rejected by the talent office' },
  office_return: { zh: '人才办退回补充材料', en: 'returned by the talent office' },
  withdraw: { zh: '撤回申请', en: 'withdrawn' },
  objection_filed: { zh: '收到公示异议', en: 'objection received' },
  objection_upheld: { zh: '异议成立，不予认定', en: 'objection upheld; not granted' },
  objection_dismissed: { zh: '异议不成立，继续办理', en: 'objection dismissed' },
  finalize: { zh: '认定完成，已签发人才码', en: 'granted; talent code issued' },
  mutual_recognize: { zh: '外市认定资格互认，免于重新评审', en: 'recognised from another city without a new review' },
  source_revoked: { zh: '来源城市已撤销，互认终止', en: 'revoked by the source city; mutual recognition ended' },
};

/** Who holds a recognition case. */
export const RECOGNITION_HOLDER_LABELS: Record<(typeof RECOGNITION_HOLDERS)[number], Bilingual> = {
  applicant: { zh: '申请人', en: 'applicant' },
  public: { zh: '公示中（公众）', en: 'public notice' },
  none: { zh: '—', en: '—' },
};

/** Where a benefit application stands. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Bilingual> = {
  in_review: { zh: '审核中', en: 'in review' },
  returned: { zh: '已退回补充材料', en: 'returned for more documents' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未通过', en: 'rejected' },
};

/** What happened to an application (a timeline step). */
export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, Bilingual> = {
  submit: { zh: '提交申请', en: 'submitted' },
  approve: { zh: '审核通过', en: 'approved' },
  first_approval: { zh: '审核通过，待第二人复核', en: 'approved — awaiting a second approver' },
  first_approval_withdrawn: { zh: '撤回审核通过，重新审核', en: 'approval withdrawn — back in review' },
  reject: { zh: '驳回', en: 'rejected' },
  return: { zh: '退回补充材料', en: 'returned for more documents' },
  resubmit: { zh: '补充材料后重新提交', en: 'resubmitted with documents' },
  appeal: { zh: '提出申诉', en: 'appealed' },
  escalate: { zh: '超时，已督办', en: 'overdue — escalated' },
  due_date_moved: { zh: '办理期限调整', en: 'deadline moved' },
};

/** What an evidence file proves. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, Bilingual> = {
  id_card: { zh: '身份证', en: 'ID card' },
  degree_certificate: { zh: '学历学位证书', en: 'degree certificate' },
  title_certificate: { zh: '职称证书', en: 'title certificate' },
  skill_certificate: { zh: '职业技能等级证书', en: 'skill certificate' },
  honor_proof: { zh: '荣誉/人才称号证明', en: 'honour / talent title proof' },
  employment_contract: { zh: '劳动合同', en: 'employment contract' },
  social_insurance_record: { zh: '社保缴费记录', en: 'social insurance record' },
  tier_certificate: { zh: '人才层次认定书', en: 'talent tier certificate' },
  no_home_certificate: { zh: '无房证明', en: 'no-home certificate' },
  home_purchase_contract: { zh: '购房合同及不动产权证', en: 'purchase contract and title certificate' },
  tenancy_agreement: { zh: '租赁合同', en: 'tenancy agreement' },
  marriage_certificate: { zh: '结婚证', en: 'marriage certificate' },
  child_relationship_proof: { zh: '子女出生证明或户口簿', en: 'child’s birth certificate or household register' },
  postdoc_admission_record: { zh: '博士后进站证明', en: 'postdoc admission record' },
  postdoc_completion_certificate: { zh: '博士后出站证明', en: 'postdoc completion certificate' },
  engagement_agreement: { zh: '柔性引才协议', en: 'flexible engagement agreement' },
  onsite_days_record: { zh: '在岗天数证明', en: 'record of days on site' },
  appointment_letter: { zh: '岗位聘任文件', en: 'appointment letter' },
  dual_appointment_agreement: { zh: '双聘协议', en: 'dual appointment agreement' },
  outside_work_proof: { zh: '外地工作证明', en: 'proof of work outside the city' },
  patent_licence_contract: { zh: '专利许可合同', en: 'patent licence contracts' },
  employer_qualification: { zh: '企业资质证明', en: 'enterprise qualification' },
  project_proposal: { zh: '项目申报书', en: 'project proposal' },
};

/** State of a 免申即享 sweep job. */
export const SWEEP_STATUS_LABELS: Record<'running' | 'preview' | 'confirming' | 'done' | 'stale' | 'failed' | 'abandoned', Bilingual> = {
  running: { zh: '预览生成中', en: 'previewing' },
  preview: { zh: '待复核确认', en: 'awaiting confirmation' },
  confirming: { zh: '确认执行中', en: 'being applied' },
  done: { zh: '已确认执行', en: 'confirmed and applied' },
  stale: { zh: '预览已过期', en: 'preview out of date' },
  failed: { zh: '失败', en: 'failed' },
  abandoned: { zh: '已放弃', en: 'abandoned' },
};

/** How an entitlement changed between two sweeps. */
export const SWEEP_CHANGE_LABELS: Record<'new' | 'changed' | 'ended', Bilingual> = {
  new: { zh: '新增', en: 'new' },
  changed: { zh: '金额变化', en: 'amount changed' },
  ended: { zh: '终止', en: 'ended' },
};

/** Where an entitlement came from. */
export const ENTITLEMENT_SOURCE_LABELS: Record<'auto' | 'application' | 'notify', Bilingual> = {
  auto: { zh: '免申即享', en: 'automatic' },
  application: { zh: '申请获批', en: 'application approved' },
  notify: { zh: '告知', en: 'notice' },
};

/** Whether an entitlement still runs. */
export const ENTITLEMENT_STATE_LABELS: Record<'active' | 'ended', Bilingual> = {
  active: { zh: '享受中', en: 'active' },
  ended: { zh: '已终止', en: 'ended' },
};

/**
 * State of one payment line. `awaiting_account` is a line whose talent has recorded no payout
 * account: it waits outside the budget queue until they do (docs/adr/0014-payout-accounts.md).
 */
export const PAYMENT_LINE_STATUS_LABELS: Record<PaymentLineStatus, Bilingual> = {
  awaiting_account: { zh: '待补充收款账户', en: 'waiting for a payout account' },
  queued: { zh: '排队中', en: 'queued' },
  approved: { zh: '待发放', en: 'to be paid' },
  paid: { zh: '已发放', en: 'paid' },
  failed: { zh: '发放失败', en: 'failed' },
};

/** State of a payment batch: released to the finance bureau only once a second officer approved it. */
export const PAYMENT_BATCH_STATUS_LABELS: Record<'awaiting_approval' | 'approved', Bilingual> = {
  awaiting_approval: { zh: '待复核', en: 'awaiting approval' },
  approved: { zh: '已复核', en: 'approved' },
};

/** What a second approval is about (four eyes on money). */
export const SECOND_APPROVAL_KIND_LABELS: Record<SecondApprovalKind, Bilingual> = {
  budget: { zh: '预算调整', en: 'budget change' },
  policy_publish: { zh: '政策版本发布', en: 'policy version publication' },
  application: { zh: '大额申请审批', en: 'large application approval' },
  program_award: { zh: '项目资助决定', en: 'program award' },
};

/** Where a second-approval request stands. */
export const SECOND_APPROVAL_STATUS_LABELS: Record<SecondApprovalStatus, Bilingual> = {
  pending: { zh: '待第二人复核', en: 'awaiting a second approver' },
  approved: { zh: '复核通过，已生效', en: 'approved and applied' },
  rejected: { zh: '复核未通过', en: 'rejected by the second approver' },
  withdrawn: { zh: '发起人已撤回', en: 'withdrawn by its maker' },
  superseded: { zh: '已被新提议取代', en: 'superseded by a newer proposal' },
};

/** How often a benefit is paid. */
export const BENEFIT_PERIOD_LABELS: Record<BenefitPeriod, Bilingual> = {
  once: { zh: '一次性', en: 'once' },
  month: { zh: '每月', en: 'per month' },
  year: { zh: '每年', en: 'per year' },
};

/** How a policy is delivered. */
export const POLICY_MODE_LABELS: Record<PolicyMode, Bilingual> = {
  auto: { zh: '免申即享', en: 'automatic' },
  apply: { zh: '需申请', en: 'apply' },
  notify: { zh: '告知办理', en: 'on notice' },
};

/** The four pillars of talent policy. */
export const PILLAR_LABELS: Record<Pillar, Bilingual> = {
  attract: { zh: '引才', en: 'attract' },
  cultivate: { zh: '育才', en: 'cultivate' },
  use: { zh: '用才', en: 'use' },
  retain: { zh: '留才', en: 'retain' },
};

/** State of a policy version. */
export const POLICY_VERSION_STATUS_LABELS: Record<PolicyVersionStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'draft' },
  published: { zh: '已发布', en: 'published' },
  retired: { zh: '已停用', en: 'retired' },
};

/** Kinds of document in the policy pack. */
export const POLICY_DOC_KIND_LABELS: Record<PolicyDocKind, Bilingual> = {
  policy: { zh: '政策', en: 'policy' },
  classification: { zh: '人才分类认定表', en: 'tier classification table' },
  'exclusive-groups': { zh: '就高不重复分组', en: 'exclusive groups' },
};

/** Result of verifying a talent code. */
export const TALENT_CODE_STATUS_LABELS: Record<TalentCodeStatus, Bilingual> = {
  valid: { zh: '有效', en: 'valid' },
  expired: { zh: '已过期', en: 'expired' },
  revoked: { zh: '已撤销', en: 'revoked' },
  forged: { zh: '伪造（签名无效）', en: 'forged (bad signature)' },
  malformed: { zh: '无法识别', en: 'not a talent code' },
};

/** How the office settled an ID number two talents gave. */
export const ID_DISPUTE_OUTCOME_LABELS: Record<IdDisputeOutcome, Bilingual> = {
  kept_by_holder: { zh: '号码归原登记人，清除后登记人的号码', en: 'kept by the first holder; the later claim is cleared' },
  given_to_claimant: { zh: '号码归后登记人，清除原登记人的号码', en: 'given to the claimant; the first holder’s is cleared' },
};
