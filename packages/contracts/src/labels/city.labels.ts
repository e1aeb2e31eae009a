/**
 * Names of the city's districts, industry chains and departments, keyed by their code. These
 * tables are the city's data: a city loaded at start replaces them with its own.
 */
import type { Chain, Department, District } from '../enums.js';
import type { Bilingual } from './bilingual.js';

/** Districts of the demo city by code (the code is the Chinese name). */
export const DISTRICT_NAMES: Record<District, Bilingual> = {
  天元区: { zh: '天元区', en: 'Tianyuan District' },
  芦淞区: { zh: '芦淞区', en: 'Lusong District' },
  荷塘区: { zh: '荷塘区', en: 'Hetang District' },
  石峰区: { zh: '石峰区', en: 'Shifeng District' },
  渌口区: { zh: '渌口区', en: 'Lukou District' },
  醴陵市: { zh: '醴陵市', en: 'Liling City' },
  攸县: { zh: '攸县', en: 'You County' },
  茶陵县: { zh: '茶陵县', en: 'Chaling County' },
  炎陵县: { zh: '炎陵县', en: 'Yanling County' },
};

/** Industry chains by code. */
export const CHAIN_NAMES: Record<Chain, Bilingual> = {
  rail: { zh: '轨道交通', en: 'rail transit equipment' },
  aviation: { zh: '航空动力', en: 'aviation power' },
  hard_materials: { zh: '先进硬质材料', en: 'advanced hard materials' },
  electronics: { zh: '电子信息', en: 'electronic information' },
  new_energy: { zh: '新能源装备', en: 'new-energy equipment' },
  auto: { zh: '汽车与零部件', en: 'automobiles and parts' },
  traditional: { zh: '传统产业', en: 'traditional industries' },
  future: { zh: '未来产业', en: 'future industries' },
  other: { zh: '其他', en: 'other' },
};

/** Government departments by code. */
export const DEPARTMENT_NAMES: Record<Department, Bilingual> = {
  rsj: { zh: '人社局', en: 'Human Resources and Social Security Bureau' },
  kjj: { zh: '科技局', en: 'Science and Technology Bureau' },
  zjj: { zh: '住建局', en: 'Housing and Urban-Rural Development Bureau' },
  jyj: { zh: '教育局', en: 'Education Bureau' },
  gxj: { zh: '工信局', en: 'Industry and Information Technology Bureau' },
  wjw: { zh: '卫健委', en: 'Health Commission' },
  czj: { zh: '财政局', en: 'Finance Bureau' },
  rcb: { zh: '人才办', en: 'Talent Office' },
};
