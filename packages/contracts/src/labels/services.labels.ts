/** Names of the youth stations' stays and of the service desk's categories, forms, states and steps. */
import type { StayStatus } from '../youth-station.schema.js';
import type {
  ClockStopParty,
  ServiceAction,
  ServiceBundle,
  ServiceCategory,
  ServiceClock,
  ServiceFormField,
  ServiceOutcome,
  ServiceStatus,
} from '../service-desk.schema.js';
import type { Bilingual } from './bilingual.js';

/** Where a youth-station stay stands. */
export const STAY_STATUS_LABELS: Record<StayStatus, Bilingual> = {
  booked: { zh: '已预订', en: 'booked' },
  checked_in: { zh: '已入住', en: 'checked in' },
  checked_out: { zh: '已退房', en: 'checked out' },
  no_show: { zh: '未到店', en: 'no-show' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

/** What a service request is about. */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, Bilingual> = {
  children_schooling: { zh: '子女入学', en: "children's schooling" },
  home_purchase: { zh: '购房', en: 'home purchase' },
  medical_green_channel: { zh: '就医绿色通道', en: 'medical green channel' },
  spouse_employment: { zh: '配偶就业', en: 'spouse employment' },
  hukou: { zh: '户籍办理', en: 'hukou' },
  other: { zh: '其他事项', en: 'other' },
};

/** The fields of the categories' forms. */
export const SERVICE_FORM_FIELD_LABELS: Record<ServiceFormField, Bilingual> = {
  childName: { zh: '子女姓名', en: "child's name" },
  childBirthDate: { zh: '子女出生日期', en: "child's date of birth" },
  schoolStage: { zh: '入学学段', en: 'school stage' },
  preferredDistrict: { zh: '意向区县', en: 'preferred district' },
  district: { zh: '购房区县', en: 'district' },
  purchaseNeed: { zh: '购房需求', en: 'what is needed' },
  patientName: { zh: '就医人姓名', en: "patient's name" },
  hospital: { zh: '就诊医院', en: 'hospital' },
  medicalNeed: { zh: '就医需求', en: 'medical need' },
  spouseName: { zh: '配偶姓名', en: "spouse's name" },
  spouseOccupation: { zh: '配偶职业', en: "spouse's occupation" },
  householdMembers: { zh: '随迁人数', en: 'household members moving' },
  moveFrom: { zh: '迁出地', en: 'moving from' },
  subject: { zh: '事项名称', en: 'subject' },
  detail: { zh: '具体情况', en: 'details' },
};

/** Bundles filed in one form. */
export const SERVICE_BUNDLE_LABELS: Record<ServiceBundle, Bilingual> = {
  arrival: { zh: '人才落地一件事', en: 'arrival bundle' },
};

/** Where a service request stands in the closed loop. */
export const SERVICE_STATUS_LABELS: Record<ServiceStatus, Bilingual> = {
  accepted: { zh: '已受理', en: 'accepted' },
  assigned: { zh: '已分派', en: 'assigned' },
  in_progress: { zh: '办理中', en: 'in progress' },
  answered: { zh: '已答复', en: 'answered' },
  closed: { zh: '已办结待回访', en: 'closed, follow-up due' },
  follow_up: { zh: '已回访', en: 'followed up' },
  rated: { zh: '已评价', en: 'rated' },
};

/** How a service request ended. */
export const SERVICE_OUTCOME_LABELS: Record<ServiceOutcome, Bilingual> = {
  resolved: { zh: '已解决', en: 'resolved' },
  not_possible: { zh: '依规无法办理', en: 'not possible under the rules' },
  redirected: { zh: '已转介', en: 'redirected' },
};

/** Whom a stopped clock waits for. */
export const CLOCK_STOP_PARTY_LABELS: Record<ClockStopParty, Bilingual> = {
  talent: { zh: '等待人才补充', en: 'waiting for the talent' },
  third_party: { zh: '等待第三方', en: 'waiting for a third party' },
};

/** The service desk's three clocks. */
export const SERVICE_CLOCK_LABELS: Record<ServiceClock, Bilingual> = {
  first_contact: { zh: '首次联系时限', en: 'first contact' },
  update: { zh: '进展更新时限', en: 'next update' },
  resolution: { zh: '办结时限', en: 'resolution' },
};

/** What happened to a service request (a timeline step). */
export const SERVICE_ACTION_LABELS: Record<ServiceAction, Bilingual> = {
  submit: { zh: '提交诉求', en: 'submitted' },
  claim: { zh: '首接认领', en: 'claimed (first owner)' },
  contact: { zh: '首次联系', en: 'first contact' },
  update: { zh: '进展更新', en: 'progress update' },
  hand_over: { zh: '移交', en: 'handed over' },
  co_handle: { zh: '协同办理', en: 'co-handling added' },
  stop_clock: { zh: '计时暂停', en: 'clock stopped' },
  resume_clock: { zh: '计时恢复', en: 'clock resumed' },
  answer: { zh: '答复', en: 'answered' },
  close: { zh: '办结', en: 'closed' },
  follow_up: { zh: '回访', en: 'followed up' },
  rate: { zh: '满意度评价', en: 'rated' },
  reopen: { zh: '重新办理', en: 'reopened' },
  escalate_head: { zh: '逾期上报部门负责人', en: 'overdue: escalated to the department head' },
  escalate_office: { zh: '逾期上报人才办', en: 'overdue: escalated to the talent office' },
};
