/** Labels of skills, postings and matching: availability, engagement, urgency, score parts, reasons. */
import type { Bilingual } from './bilingual.js';
import type { Availability, PostingEngagement, PostingUrgency } from '../matching.schema.js';
import { ENGAGEMENT_KIND_LABELS } from './vocabulary.labels.js';

export const AVAILABILITY_LABELS: Record<Availability, Bilingual> = {
  now: { zh: '随时到岗', en: 'available now' },
  month: { zh: '一个月内到岗', en: 'within a month' },
  later: { zh: '暂不急于到岗', en: 'later' },
};

export const POSTING_ENGAGEMENT_LABELS: Record<PostingEngagement, Bilingual> = ENGAGEMENT_KIND_LABELS;

export const POSTING_URGENCY_LABELS: Record<PostingUrgency, Bilingual> = {
  normal: { zh: '一般', en: 'normal' },
  urgent: { zh: '急需', en: 'urgent' },
  critical: { zh: '特急', en: 'critical' },
};

/** The parts of a match score. */
export const SCORE_PART_LABELS = {
  required: { zh: '必备技能（按稀缺度加权）', en: 'required skills (weighted by rarity)' },
  optional: { zh: '加分技能', en: 'optional skills' },
  related: { zh: '相关技能（部分得分）', en: 'related skills (partial credit)' },
  level: { zh: '技能熟练度', en: 'skill level' },
  degree: { zh: '学历', en: 'degree' },
  experience: { zh: '工作年限', en: 'experience' },
  location: { zh: '同一区县', en: 'same district' },
  availability: { zh: '到岗时间', en: 'availability' },
} as const satisfies Record<string, Bilingual>;

/** A contact's state, as the talent and the employer see it. */
export const CONTACT_STATUS_LABELS = {
  none: { zh: '未联系', en: 'not contacted' },
  pending: { zh: '待人才同意', en: 'awaiting the talent' },
  accepted: { zh: '已同意联系', en: 'contact accepted' },
  declined: { zh: '已婉拒', en: 'declined' },
} as const satisfies Record<string, Bilingual>;

/** Why a talent ranks where it does: a part's label with its points ("必备技能（按稀缺度加权）+180"). */
export function scoreReason(part: keyof typeof SCORE_PART_LABELS, points: number): Bilingual {
  const label = SCORE_PART_LABELS[part];
  return { zh: `${label.zh} +${points}`, en: `${label.en} +${points}` };
}

/** The five dimensions of the shortage index (紧缺指数), in the catalogue's column order. */
export const SHORTAGE_DIMENSION_LABELS = {
  demandSupply: { zh: '供需比', en: 'demand over supply' },
  applicantsPerOpening: { zh: '每岗合格人数', en: 'qualified applicants per opening' },
  requirements: { zh: '学历与经验要求', en: 'degree and experience required' },
  daysToFill: { zh: '招聘周期', en: 'time to fill' },
  salary: { zh: '薪酬水平', en: 'salary against the city median' },
} as const satisfies Record<string, Bilingual>;

/** The columns of the chain view (人才链 × 产业链), on the screen and in its Excel file. */
export const CHAIN_VIEW_COLUMN_LABELS = {
  subField: { zh: '细分领域', en: 'Sub-field' },
  supply: { zh: '掌握技能的人才', en: 'Talents with the skills' },
  postingOpenings: { zh: '岗位需求人数', en: 'Openings in postings' },
  surveyOpenings: { zh: '摸排需求人数', en: 'Openings in the survey' },
  openings: { zh: '需求合计', en: 'Openings in all' },
  unassigned: { zh: '未归入细分领域的摸排需求', en: 'Survey demand in no sub-field' },
} as const satisfies Record<string, Bilingual>;
