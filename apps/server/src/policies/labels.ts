/**
 * Plain-language names, in zh-CN and English, of the profile fields and enum values that
 * policy conditions talk about. Used to explain a decision to the person it concerns.
 */

/** A text in both languages. */
export interface Bi {
  zh: string;
  en: string;
}

/** Profile variables as a person calls them. */
export const FIELD_LABELS: Record<string, Bi> = {
  at: { zh: '评估日期', en: 'the evaluation date' },
  age: { zh: '年龄', en: 'age' },
  tier: { zh: '人才层次', en: 'talent tier' },
  birthDate: { zh: '出生日期', en: 'date of birth' },
  gender: { zh: '性别', en: 'gender' },
  birthplace: { zh: '籍贯（身份证前 4 位）', en: 'birthplace (first 4 digits of the ID number)' },
  highestDegree: { zh: '最高学历', en: 'highest degree' },
  graduationDate: { zh: '毕业日期', en: 'graduation date' },
  schoolTier: { zh: '毕业院校层次', en: 'school tier' },
  title: { zh: '职称', en: 'professional title' },
  titleDate: { zh: '职称取得日期', en: 'date the title was obtained' },
  skillLevel: { zh: '职业技能等级', en: 'skill level' },
  skillCertDate: { zh: '技能证书取得日期', en: 'date of the skill certificate' },
  honors: { zh: '荣誉称号', en: 'honours' },
  employedInCity: { zh: '在本市就业', en: 'employed in the city' },
  'employer.chain': { zh: '单位所属产业链', en: 'employer’s industry chain' },
  'employer.flags': { zh: '单位资质', en: 'employer’s qualifications' },
  'employer.kind': { zh: '单位性质', en: 'employer type' },
  'employer.district': { zh: '单位所在区县', en: 'employer’s district' },
  arrivalDate: { zh: '来本市工作日期', en: 'date of arrival in the city' },
  socialInsuranceMonths: { zh: '本市社保缴纳月数', en: 'months of social insurance in the city' },
  hukouInCity: { zh: '本市户籍', en: 'household registration (hukou) in the city' },
  ownsHomeInCity: { zh: '在本市有自有住房', en: 'owns a home in the city' },
  firstHomePurchaseDate: { zh: '首套房购买日期', en: 'first home purchase date' },
  livesInTalentApartment: { zh: '已入住人才公寓', en: 'lives in a talent apartment' },
  childrenSchoolAge: { zh: '学龄子女人数', en: 'children of school age' },
  spouseNeedsJob: { zh: '配偶需要就业安置', en: 'spouse needs a job' },
  isPostdoc: { zh: '在站博士后', en: 'is a postdoc' },
  postdocCompletedDate: { zh: '博士后出站日期', en: 'postdoc completion date' },
  engagementMode: { zh: '柔性引才方式', en: 'flexible engagement mode' },
  onsiteDaysLastYear: { zh: '上年度在本市工作天数', en: 'days on site last year' },
  specialPost: { zh: '特设岗位', en: 'special post' },
  dualAppointment: { zh: '双聘', en: 'dual appointment' },
  licensedPatentsLastYear: { zh: '上年度专利许可/转让数', en: 'patents licensed last year' },
  yearsWorkedOutside: { zh: '在外地工作年数', en: 'years worked outside the city' },
};

const ENUM_LABELS: Record<string, Bi> = {
  secondary: { zh: '高中/中专', en: 'secondary school' },
  associate: { zh: '大专', en: 'associate degree' },
  bachelor: { zh: '本科', en: 'bachelor' },
  master: { zh: '硕士', en: 'master' },
  doctorate: { zh: '博士', en: 'doctorate' },
  world_top200: { zh: '世界排名前 200 高校', en: 'world top-200 university' },
  double_first_class: { zh: '“双一流”建设高校', en: '“Double First-Class” university' },
  junior: { zh: '初级', en: 'junior' },
  intermediate: { zh: '中级', en: 'intermediate' },
  associate_senior: { zh: '副高级', en: 'associate senior' },
  senior: { zh: '正高级', en: 'senior' },
  level5: { zh: '五级/初级工', en: 'level 5' },
  level4: { zh: '四级/中级工', en: 'level 4' },
  level3: { zh: '三级/高级工', en: 'level 3' },
  level2: { zh: '二级/技师', en: 'level 2 (technician)' },
  level1: { zh: '一级/高级技师', en: 'level 1 (senior technician)' },
  academician: { zh: '两院院士', en: 'academician' },
  national_leading: { zh: '国家级领军人才', en: 'national leading talent' },
  provincial_leading: { zh: '省级领军人才', en: 'provincial leading talent' },
  city_leading: { zh: '市级领军人才', en: 'city leading talent' },
  national_skill_master: { zh: '国家级技能大师', en: 'national skill master' },
  migratory: { zh: '候鸟式', en: 'migratory' },
  offshore: { zh: '离岸式', en: 'offshore' },
  circuit: { zh: '巡回式', en: 'circuit' },
  weekend: { zh: '周末式', en: 'weekend' },
  chief_expert: { zh: '首席专家', en: 'chief expert' },
  industry_advisor: { zh: '产业顾问', en: 'industry advisor' },
  rail: { zh: '轨道交通', en: 'rail transit' },
  aviation: { zh: '航空动力', en: 'aviation power' },
  hard_materials: { zh: '先进硬质材料', en: 'advanced hard materials' },
  electronics: { zh: '电子信息', en: 'electronic information' },
  new_energy: { zh: '新能源装备', en: 'new-energy equipment' },
  auto: { zh: '汽车与零部件', en: 'automobiles and parts' },
  traditional: { zh: '传统产业', en: 'traditional industries' },
  future: { zh: '未来产业', en: 'future industries' },
  above_scale: { zh: '规模以上企业', en: 'above designated size' },
  high_tech: { zh: '高新技术企业', en: 'high-tech enterprise' },
  specialized_sme: { zh: '专精特新企业', en: 'specialised SME' },
  enterprise: { zh: '企业', en: 'enterprise' },
  university: { zh: '高等院校', en: 'university' },
  institute: { zh: '科研院所', en: 'research institute' },
  hospital: { zh: '医疗卫生机构', en: 'hospital' },
  government: { zh: '机关事业单位', en: 'public institution' },
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
  none: { zh: '无', en: 'none' },
  other: { zh: '其他', en: 'other' },
  true: { zh: '是', en: 'yes' },
  false: { zh: '否', en: 'no' },
  null: { zh: '未填写', en: 'not given' },
};

/** Tier names. */
export const TIER_LABELS: Record<string, Bi> = {
  A: { zh: 'A 类 顶尖人才', en: 'Tier A — top talent' },
  B: { zh: 'B 类 国家级领军人才', en: 'Tier B — national leading talent' },
  C: { zh: 'C 类 省级领军人才', en: 'Tier C — provincial leading talent' },
  D: { zh: 'D 类 市级高层次人才', en: 'Tier D — city high-level talent' },
  E: { zh: 'E 类 青年骨干/急需紧缺人才', en: 'Tier E — young backbone / shortage talent' },
};

/** A field's name in both languages (the raw name when unknown). */
export function fieldLabel(name: string): Bi {
  return FIELD_LABELS[name] ?? { zh: name, en: name };
}

/**
 * A displayed value in both languages: enum names are translated (also inside `[a, b]` lists),
 * tiers and districts stay as they are, numbers and dates are shown as given.
 */
export function valueLabel(v: string): Bi {
  const s = v.replace(/^"|"$/g, '');
  if (s.startsWith('[') && s.endsWith(']')) {
    const parts = s.slice(1, -1).split(',').map((x) => x.trim()).filter(Boolean).map(valueLabel);
    return { zh: parts.map((p) => p.zh).join('、') || '（无）', en: parts.map((p) => p.en).join(', ') || '(none)' };
  }
  return ENUM_LABELS[s] ?? (TIER_LABELS[s] ? { zh: `${s} 类`, en: `tier ${s}` } : { zh: s, en: s });
}

/** Money in fen as yuan text: 150000000 → “1,500,000 元” / “¥1,500,000”. */
export function yuanText(fen: number): Bi {
  const yuan = fen / 100;
  const s = yuan.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return { zh: `${s} 元`, en: `¥${s}` };
}
