/** Names of the cockpit's aims, indicators and their units (the one source: web, API and exports read them here). */
import type { Bilingual } from './bilingual.js';
import type { CockpitAim, CockpitIndicator, IndicatorUnit } from '../cockpit.schema.js';

export const COCKPIT_AIM_LABELS: Record<CockpitAim, Bilingual> = {
  attraction: { zh: '人才吸引力', en: 'Talent attraction' },
  innovation: { zh: '创新策源力', en: 'Innovation origination' },
  agglomeration: { zh: '产业集聚力', en: 'Industrial agglomeration' },
  platform: { zh: '平台影响力', en: 'Platform influence' },
};

export const COCKPIT_INDICATOR_LABELS: Record<CockpitIndicator, Bilingual> = {
  arrivals: { zh: '新引进人才数', en: 'Talents arrived' },
  masterShareOfArrivals: { zh: '新引进人才硕士及以上占比', en: "Arrivals with a master's or doctorate" },
  youngShareOfArrivals: { zh: '新引进人才35岁以下占比', en: 'Arrivals under 35' },
  recognitionsGranted: { zh: '人才认定办结数', en: 'Recognitions granted' },
  patentsPer10k: { zh: '每万名人才授权专利数', en: 'Licensed patents per 10,000 talents' },
  doctorateShare: { zh: '博士占比', en: 'Share with a doctorate' },
  seniorTitleShare: { zh: '高级职称占比', en: 'Share with a senior title' },
  employers: { zh: '用人单位数', en: 'Employers' },
  highTechShare: { zh: '高新技术企业占比', en: 'High-tech employers' },
  aboveScaleShare: { zh: '规模以上企业占比', en: 'Employers above designated scale' },
  talentsPerEmployer: { zh: '单位平均人才数', en: 'Talents per employer' },
  applicationsOnTime: { zh: '政策申请按时办结率', en: 'Applications decided on time' },
  serviceRequestsOnTime: { zh: '关键小事按时办结率', en: 'Service requests resolved on time' },
  paidPerTalent: { zh: '人均兑现资金', en: 'Money paid per talent' },
  flexibleShare: { zh: '柔性引才与双聘占比', en: 'Flexible engagement and dual appointments' },
};

export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, Bilingual> = {
  perMonth: { zh: '人（件）/月', en: 'per month' },
  percent: { zh: '百分比（%）', en: 'per cent (%)' },
  per10kTalents: { zh: '件/万名人才', en: 'per 10,000 talents' },
  count: { zh: '个（家）', en: 'count' },
  talentsPerEmployer: { zh: '人/家', en: 'talents per employer' },
  yuanPerTalent: { zh: '元/人', en: 'yuan per talent' },
};
