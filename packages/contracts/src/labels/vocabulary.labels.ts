/**
 * Names of the values of the closed vocabularies of the talent and employer model, account
 * roles and tiers. Select options, explanations and review screens all read these.
 */
import type {
  Degree,
  EmployerFlag,
  EmployerKind,
  EngagementKind,
  EngagementMode,
  Gender,
  Honor,
  Role,
  SchoolTier,
  SkillLevel,
  SpecialPost,
  Tier,
  Title,
} from '../enums.js';
import type { Bilingual } from './bilingual.js';

/** Highest degree. */
export const DEGREE_LABELS: Record<Degree, Bilingual> = {
  secondary: { zh: '高中/中专', en: 'secondary school' },
  associate: { zh: '大专', en: 'associate degree' },
  bachelor: { zh: '本科', en: 'bachelor' },
  master: { zh: '硕士', en: 'master' },
  doctorate: { zh: '博士', en: 'doctorate' },
};

/** Tier of the school graduated from. */
export const SCHOOL_TIER_LABELS: Record<SchoolTier, Bilingual> = {
  world_top200: { zh: '世界排名前 200 高校', en: 'world top-200 university' },
  double_first_class: { zh: '“双一流”建设高校', en: '“Double First-Class” university' },
  other: { zh: '其他院校', en: 'other university' },
};

/** Professional title (职称). */
export const TITLE_LABELS: Record<Title, Bilingual> = {
  none: { zh: '无', en: 'none' },
  junior: { zh: '初级', en: 'junior' },
  intermediate: { zh: '中级', en: 'intermediate' },
  associate_senior: { zh: '副高级', en: 'associate senior' },
  senior: { zh: '正高级', en: 'senior' },
};

/** Vocational skill level. */
export const SKILL_LEVEL_LABELS: Record<SkillLevel, Bilingual> = {
  none: { zh: '无', en: 'none' },
  level5: { zh: '五级/初级工', en: 'level 5 (junior worker)' },
  level4: { zh: '四级/中级工', en: 'level 4 (intermediate worker)' },
  level3: { zh: '三级/高级工', en: 'level 3 (senior worker)' },
  level2: { zh: '二级/技师', en: 'level 2 (technician)' },
  level1: { zh: '一级/高级技师', en: 'level 1 (senior technician)' },
};

/** Honours and talent titles. */
export const HONOR_LABELS: Record<Honor, Bilingual> = {
  academician: { zh: '两院院士', en: 'academician (CAS/CAE)' },
  national_leading: { zh: '国家级领军人才', en: 'national leading talent' },
  provincial_leading: { zh: '省级领军人才', en: 'provincial leading talent' },
  city_leading: { zh: '市级领军人才', en: 'city leading talent' },
  national_skill_master: { zh: '国家级技能大师', en: 'national skill master' },
};

/** Gender. */
export const GENDER_LABELS: Record<Gender, Bilingual> = {
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
};

/** Every way an expert is engaged (用才方式): the one label of each; the subsets below take theirs from here. */
export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, Bilingual> = {
  full_time: { zh: '全职', en: 'full-time' },
  migratory: { zh: '候鸟式', en: 'migratory (seasonal)' },
  offshore: { zh: '离岸式', en: 'offshore (remote)' },
  circuit: { zh: '巡回式', en: 'circuit (rotating)' },
  weekend: { zh: '周末式', en: 'weekend' },
  dual_appointment: { zh: '双聘', en: 'dual appointment' },
  industry_advisor: { zh: '产业顾问', en: 'industry advisor' },
  chief_expert: { zh: '首席专家', en: 'chief expert' },
};

/** Flexible engagement mode (柔性引才), the profile fact: none, or a flexible mode. */
export const ENGAGEMENT_MODE_LABELS: Record<EngagementMode, Bilingual> = {
  none: { zh: '无（全职）', en: 'none (full-time)' },
  migratory: ENGAGEMENT_KIND_LABELS.migratory,
  offshore: ENGAGEMENT_KIND_LABELS.offshore,
  circuit: ENGAGEMENT_KIND_LABELS.circuit,
  weekend: ENGAGEMENT_KIND_LABELS.weekend,
};

/** Special posts. */
export const SPECIAL_POST_LABELS: Record<SpecialPost, Bilingual> = {
  none: { zh: '无', en: 'none' },
  chief_expert: ENGAGEMENT_KIND_LABELS.chief_expert,
  industry_advisor: ENGAGEMENT_KIND_LABELS.industry_advisor,
};

/** Kind of employer. */
export const EMPLOYER_KIND_LABELS: Record<EmployerKind, Bilingual> = {
  enterprise: { zh: '企业', en: 'enterprise' },
  university: { zh: '高等院校', en: 'university' },
  institute: { zh: '科研院所', en: 'research institute' },
  hospital: { zh: '医疗卫生机构', en: 'hospital' },
  government: { zh: '机关事业单位', en: 'public institution' },
};

/** Employer qualifications. */
export const EMPLOYER_FLAG_LABELS: Record<EmployerFlag, Bilingual> = {
  above_scale: { zh: '规模以上企业', en: 'above designated size' },
  high_tech: { zh: '高新技术企业', en: 'high-tech enterprise' },
  specialized_sme: { zh: '专精特新企业', en: 'specialised SME' },
};

/** Tiers, short ("A 类"), as a value. */
export const TIER_LABELS: Record<Tier, Bilingual> = {
  A: { zh: 'A 类', en: 'tier A' },
  B: { zh: 'B 类', en: 'tier B' },
  C: { zh: 'C 类', en: 'tier C' },
  D: { zh: 'D 类', en: 'tier D' },
  E: { zh: 'E 类', en: 'tier E' },
};

/** Tiers with what they mean ("A 类 顶尖人才"), as a heading or a result. */
export const TIER_NAMES: Record<Tier, Bilingual> = {
  A: { zh: 'A 类 顶尖人才', en: 'Tier A — top talent' },
  B: { zh: 'B 类 国家级领军人才', en: 'Tier B — national leading talent' },
  C: { zh: 'C 类 省级领军人才', en: 'Tier C — provincial leading talent' },
  D: { zh: 'D 类 市级高层次人才', en: 'Tier D — city high-level talent' },
  E: { zh: 'E 类 青年骨干/急需紧缺人才', en: 'Tier E — young backbone / shortage talent' },
};

/** A talent without a tier. */
export const NO_TIER_LABEL: Bilingual = { zh: '未认定', en: 'not recognised' };

/** Account roles. */
export const ROLE_LABELS: Record<Role, Bilingual> = {
  talent: { zh: '人才', en: 'talent' },
  employer: { zh: '用人单位', en: 'employer' },
  reviewer: { zh: '审核人员', en: 'reviewer' },
  officer: { zh: '人才办', en: 'talent office' },
  concierge: { zh: '人才专员', en: 'concierge' },
  auditor: { zh: '审计人员', en: 'auditor' },
  admin: { zh: '系统管理员', en: 'administrator' },
};

/** Who acted on a case, as its timeline names them (a department when known, else this). */
export const ACTOR_LABELS: Record<Role | 'applicant' | 'public' | 'system', Bilingual> = {
  applicant: { zh: '申请人', en: 'applicant' },
  talent: { zh: '申请人', en: 'applicant' },
  employer: { zh: '用人单位', en: 'employer' },
  reviewer: { zh: '审核部门', en: 'reviewing department' },
  officer: { zh: '人才办', en: 'talent office' },
  concierge: { zh: '人才专员', en: 'concierge' },
  auditor: { zh: '审计', en: 'audit' },
  admin: { zh: '管理员', en: 'administrator' },
  public: { zh: '公众', en: 'the public' },
  system: { zh: '系统', en: 'system' },
};
