/** Display names of profile fields and phrases used in explanations, zh-CN and English. */

/** Language of an explanation. */
export type Lang = 'zh' | 'en';

const FIELDS: Record<string, string> = {
  at: '评估日期',
  age: '年龄',
  tier: '人才层次',
  birthDate: '出生日期',
  birthplace: '籍贯（身份证号前 4 位）',
  highestDegree: '最高学历',
  graduationDate: '毕业日期',
  schoolTier: '毕业院校层次',
  title: '职称',
  titleDate: '取得职称日期',
  skillLevel: '职业技能等级',
  skillCertDate: '取得技能证书日期',
  honors: '荣誉称号',
  employedInCity: '在本市就业',
  'employer.chain': '用人单位产业链',
  'employer.flags': '用人单位资质',
  'employer.kind': '用人单位类型',
  'employer.district': '用人单位所在区县',
  arrivalDate: '来本市工作日期',
  socialInsuranceMonths: '社保缴纳月数',
  hukouInCity: '本市户籍',
  ownsHomeInCity: '在本市有自有住房',
  firstHomePurchaseDate: '首套房购买日期',
  livesInTalentApartment: '已入住人才公寓',
  childrenSchoolAge: '适龄子女数',
  spouseNeedsJob: '配偶需要就业安置',
  isPostdoc: '在站博士后',
  postdocCompletedDate: '博士后出站日期',
  engagementMode: '柔性引进方式',
  onsiteDaysLastYear: '上年度在岗天数',
  specialPost: '特设岗位',
  dualAppointment: '双聘',
  licensedPatentsLastYear: '上年度专利许可数',
  yearsWorkedOutside: '在外工作年数',
};

/** Display name of a field (or any expression) in `lang`. */
export function fieldName(subject: string, lang: Lang): string {
  if (lang === 'en') return subject;
  return FIELDS[subject] ?? subject;
}

const OPS_ZH: Record<string, string> = { '==': '等于', '!=': '不等于', '<': '小于', '<=': '不超过', '>': '大于', '>=': '不少于' };
const OPS_EN: Record<string, string> = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** A comparison operator in words (zh) or symbols (en). */
export function opText(op: string, lang: Lang): string {
  return (lang === 'zh' ? OPS_ZH[op] : OPS_EN[op]) ?? op;
}
