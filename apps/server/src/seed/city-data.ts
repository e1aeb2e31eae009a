/**
 * Vocabulary of the synthetic demo city (株洲): birthplace region codes, district codes, name
 * parts and the weights that shape the population. Data, not logic: another city swaps it.
 */
import type { Chain, District, EmployerKind } from '@bole/contracts';

/** GB/T 2260 codes of the demo city's districts (used in credit codes). */
export const DISTRICT_CODES: Record<District, string> = {
  荷塘区: '430202',
  芦淞区: '430203',
  石峰区: '430204',
  天元区: '430211',
  渌口区: '430212',
  攸县: '430223',
  茶陵县: '430224',
  炎陵县: '430225',
  醴陵市: '430281',
};

/** Where people of a district-level city register (weights ≈ population and industry). */
export const DISTRICT_WEIGHTS: readonly (readonly [District, number])[] = [
  ['天元区', 22],
  ['芦淞区', 12],
  ['荷塘区', 13],
  ['石峰区', 15],
  ['渌口区', 7],
  ['醴陵市', 12],
  ['攸县', 7],
  ['茶陵县', 6],
  ['炎陵县', 6],
];

/** Birthplace regions: the city itself (incl. the former 株洲县 430221), the rest of Hunan, elsewhere. */
export const BIRTHPLACE_WEIGHTS: readonly (readonly [string, number])[] = [
  // 株洲 4302xx — about 55 %
  ['430202', 7], ['430203', 7], ['430204', 7], ['430211', 6], ['430212', 3], ['430221', 4],
  ['430223', 6], ['430224', 5], ['430225', 3], ['430281', 7],
  // rest of Hunan 43xxxx — about 27 %
  ['430102', 2], ['430104', 2], ['430111', 2], ['430121', 1.5], ['430302', 2], ['430304', 1.5],
  ['430381', 1.5], ['430408', 2], ['430521', 1.5], ['430602', 1.5], ['430702', 1.5], ['430902', 1.5],
  ['431002', 2.5], ['431102', 1.5], ['431202', 1], ['431302', 1.5], ['433101', 0.5],
  // elsewhere — about 18 %
  ['360102', 2], ['360302', 2], ['420106', 2], ['440106', 1.5], ['440305', 1], ['500103', 1],
  ['510104', 1], ['410105', 1], ['450103', 1], ['110105', 0.7], ['310104', 0.7], ['320102', 0.7],
  ['330106', 0.7], ['370102', 0.7], ['610113', 0.7], ['350102', 0.7],
];

/** Common surnames, weighted (with the Hunan favourites 谭, 彭, 易, 邓 a little heavier). */
export const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['刘', 8], ['李', 8], ['王', 7], ['张', 7], ['陈', 7], ['杨', 4], ['黄', 4], ['周', 4], ['谭', 4],
  ['彭', 3.5], ['易', 2.5], ['邓', 3], ['吴', 3], ['赵', 2.5], ['罗', 3], ['胡', 2.5], ['曾', 2.5],
  ['肖', 2.5], ['唐', 2.5], ['文', 2], ['龙', 1.5], ['廖', 1.5], ['蒋', 1.5], ['朱', 2], ['徐', 2],
  ['孙', 1.5], ['马', 1.5], ['郭', 1.5], ['何', 2], ['高', 1.5], ['林', 1.5], ['郑', 1.5], ['梁', 1.5],
  ['谢', 2], ['宋', 1.2], ['许', 1.2], ['韩', 1], ['冯', 1], ['曹', 1.2], ['田', 1.2], ['董', 1],
  ['袁', 1.2], ['潘', 1], ['蔡', 1], ['贺', 1.2], ['颜', 1], ['钟', 1], ['汤', 1], ['尹', 1],
  ['段', 0.8], ['雷', 0.8], ['邹', 1], ['戴', 0.8], ['欧阳', 0.5], ['司马', 0.05],
];

export const MALE_NAME_CHARS = '伟强磊军勇杰涛斌超明辉刚鹏华飞浩宇轩博文志俊峰建国平东海波亮晨阳凯毅鑫磊帆睿哲翔宏';
export const FEMALE_NAME_CHARS = '芳娜敏静丽艳娟霞婷雪慧琳颖倩欣怡佳琪梦瑶璐晶月萍红玲燕洁妍婧思雨涵悦蕾薇岚';

/** Two-character brand words of company names. */
export const BRAND_WORDS = [
  '中车', '南方', '湘江', '天元', '神农', '炎帝', '华锐', '时代', '联诚', '九方', '新一', '金山', '荷塘',
  '石峰', '芦淞', '渌江', '星火', '钻石', '科力', '博远', '汇能', '瑞达', '宏达', '鼎盛', '长城', '恒通',
  '力源', '华天', '凯德', '诚信', '众合', '嘉诚', '昌盛', '湘瓷', '红官', '蓝天', '云龙', '飞鹰', '鹏程',
  '东方', '中南', '湘潭', '三一', '天易', '栗雨', '田心', '董家', '白关', '枫溪', '仙庾', '龙门', '庆云',
  '金凯', '锦程', '盛德', '远大', '新纪', '智航', '创远', '立达', '高科', '明珠', '银河', '精工', '锐丰',
];

/** Industry words of company names, by chain. */
export const CHAIN_WORDS: Record<Chain, readonly string[]> = {
  rail: ['轨道装备', '轨道交通科技', '电力机车配件', '牵引电气', '轨道车辆部件', '机车车辆', '轨道交通设备'],
  aviation: ['航空动力', '航空零部件', '航空科技', '通用航空', '航空发动机配件', '精密航空制造'],
  hard_materials: ['硬质合金', '硬质材料', '新材料', '粉末冶金', '钨钼制品', '精密刀具'],
  electronics: ['电子信息', '微电子', '智能科技', '半导体', '软件技术', '电子科技'],
  new_energy: ['新能源装备', '储能科技', '电池材料', '光伏科技', '风电装备'],
  auto: ['汽车零部件', '汽车科技', '动力总成', '新能源汽车', '汽车电子'],
  traditional: ['陶瓷', '瓷业', '服饰', '烟花', '纺织', '食品'],
  future: ['北斗导航', '低空经济', '无人机', '人工智能', '卫星应用'],
  other: ['商贸', '物流', '建设工程', '文化传媒', '医药', '环保科技'],
};

/** Enterprise chains, weighted toward the three leading chains. */
export const ENTERPRISE_CHAIN_WEIGHTS: readonly (readonly [Chain, number])[] = [
  ['rail', 16], ['aviation', 12], ['hard_materials', 12], ['electronics', 12], ['new_energy', 9],
  ['auto', 9], ['traditional', 14], ['future', 6], ['other', 10],
];

/** Where each chain clusters (e.g. rail at 田心 in 石峰区, ceramics in 醴陵). */
export const CHAIN_HOME: Record<Chain, District> = {
  rail: '石峰区',
  aviation: '芦淞区',
  hard_materials: '荷塘区',
  electronics: '天元区',
  new_energy: '天元区',
  auto: '渌口区',
  traditional: '醴陵市',
  future: '天元区',
  other: '天元区',
};

export const KIND_WEIGHTS: readonly (readonly [EmployerKind, number])[] = [
  ['enterprise', 92],
  ['university', 1],
  ['institute', 2.5],
  ['hospital', 2.5],
  ['government', 2],
];

export const UNIVERSITY_NAMES = [
  '湖南工业大学', '湖南铁道职业技术学院', '湖南汽车工程职业大学', '湖南化工职业技术学院', '株洲师范高等专科学校',
  '湖南铁路科技职业技术学院', '湖南有色金属职业技术学院', '株洲市职业技术学院', '湖南中医药高等专科学校',
];

export const GOVERNMENT_UNITS = ['人力资源和社会保障局', '科学技术局', '工业和信息化局', '住房和城乡建设局', '教育局', '卫生健康委员会', '财政局', '市场监督管理局'];

/** Mobile prefixes of generated numbers (138 is kept out: the demo talent's 13800000001). */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '173', '175', '176', '177', '180', '181', '182', '183', '185', '186', '187',
  '188', '189', '191', '198', '199',
];
