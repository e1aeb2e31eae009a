/**
 * Names of the profile fields and the policy variables the engine evaluates, as a person calls
 * them. The profile form, the explanations of the engine and the review screens all read these.
 */
import type { Bilingual } from './bilingual.js';

/** Profile fields and policy variables by their name in the profile / the policy language. */
export const FIELD_LABELS = {
  at: { zh: '评估日期', en: 'evaluation date' },
  age: { zh: '年龄', en: 'age' },
  tier: { zh: '人才层次', en: 'talent tier' },
  name: { zh: '姓名', en: 'name' },
  gender: { zh: '性别', en: 'gender' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  mobile: { zh: '手机号', en: 'mobile' },
  district: { zh: '居住区县', en: 'district of residence' },
  birthDate: { zh: '出生日期', en: 'date of birth' },
  birthplace: { zh: '籍贯（身份证号前 4 位）', en: 'birthplace (first 4 digits of the ID number)' },
  highestDegree: { zh: '最高学历', en: 'highest degree' },
  graduationDate: { zh: '毕业时间', en: 'graduation date' },
  schoolTier: { zh: '毕业院校层次', en: 'school tier' },
  title: { zh: '专业技术职称', en: 'professional title' },
  titleDate: { zh: '取得职称时间', en: 'date the title was obtained' },
  skillLevel: { zh: '职业技能等级', en: 'vocational skill level' },
  skillCertDate: { zh: '取得技能等级时间', en: 'date the skill level was obtained' },
  honors: { zh: '荣誉称号', en: 'honours' },
  isPostdoc: { zh: '在站博士后', en: 'is a postdoc' },
  postdocCompletedDate: { zh: '博士后出站日期', en: 'postdoc completion date' },
  employerId: { zh: '工作单位', en: 'employer' },
  employerCreditCode: { zh: '工作单位统一社会信用代码', en: 'employer’s unified social credit code' },
  employedInCity: { zh: '在本市就业', en: 'employed in the city' },
  'employer.chain': { zh: '单位所属产业链', en: 'employer’s industry chain' },
  'employer.flags': { zh: '单位资质', en: 'employer’s qualifications' },
  'employer.kind': { zh: '单位类型', en: 'employer type' },
  'employer.district': { zh: '单位所在区县', en: 'employer’s district' },
  arrivalDate: { zh: '来本市工作时间', en: 'date of arrival in the city' },
  socialInsuranceMonths: { zh: '本市社保缴纳月数', en: 'months of social insurance in the city' },
  yearsWorkedOutside: { zh: '在外地工作年数', en: 'years worked outside the city' },
  licensedPatentsLastYear: { zh: '上年度专利许可/转让数', en: 'patents licensed last year' },
  hukouInCity: { zh: '本市户籍', en: 'household registration (hukou) in the city' },
  ownsHomeInCity: { zh: '在本市有自有住房', en: 'owns a home in the city' },
  firstHomePurchaseDate: { zh: '首套房购买日期', en: 'first home purchase date' },
  livesInTalentApartment: { zh: '已入住人才公寓', en: 'lives in a talent apartment' },
  childrenSchoolAge: { zh: '适龄入学子女数', en: 'school-age children' },
  spouseNeedsJob: { zh: '配偶需要就业安置', en: 'spouse needs a job' },
  engagementMode: { zh: '柔性引才方式', en: 'flexible engagement mode' },
  onsiteDaysLastYear: { zh: '上年度在本市工作天数', en: 'days on site in the city last year' },
  specialPost: { zh: '特设岗位', en: 'special post' },
  dualAppointment: { zh: '双聘', en: 'dual appointment' },
  inShortageCatalogue: { zh: '所任岗位列入紧缺人才目录', en: 'post listed in the shortage catalogue' },
} as const satisfies Record<string, Bilingual>;

/** A field with a label. */
export type LabelledField = keyof typeof FIELD_LABELS;

/** The label of a field or policy variable (its own name in both languages when unknown). */
export function fieldLabel(name: string): Bilingual {
  return (FIELD_LABELS as Record<string, Bilingual>)[name] ?? { zh: name, en: name };
}

/**
 * The employer record's fields on the employer's own form, where "单位" goes without saying;
 * type and qualifications read the same as the policy variables.
 */
export const EMPLOYER_FIELD_LABELS = {
  creditCode: { zh: '统一社会信用代码', en: 'unified social credit code' },
  name: { zh: '单位名称', en: 'organisation name' },
  district: { zh: '所在区县', en: 'district' },
  chain: { zh: '所属产业链', en: 'industry chain' },
  kind: FIELD_LABELS['employer.kind'],
  flags: FIELD_LABELS['employer.flags'],
} as const satisfies Record<string, Bilingual>;

/**
 * The talent's payout account (收款账户) and its fields: the form, the finance bureau's file
 * and the messages about it read these.
 */
export const PAYOUT_ACCOUNT_LABELS = {
  payoutAccount: { zh: '收款账户', en: 'payout account' },
  bank: { zh: '开户银行', en: 'bank' },
  accountNumber: { zh: '银行账号', en: 'account number' },
  holderName: { zh: '户名', en: 'account holder' },
} as const satisfies Record<string, Bilingual>;
