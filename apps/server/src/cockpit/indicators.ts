/**
 * What each cockpit indicator measures: its aim, direction, unit, goalposts (the values scored
 * 0 and 100 under goalpost normalisation), the tables it reads and its formula in words. The
 * formulas are those `cockpit.repository.ts` computes (one query per source, named beside each
 * indicator) and `indicatorValues` below; `GET /api/v1/cockpit/indicators` publishes this list as the
 * definition page. Talents counted are recognised ones (a granted tier), placed by their
 * district or their employer's industry chain.
 */
import type { CockpitAim, CockpitIndicator, IndicatorDefinitionDto } from '@bole/contracts';
import type { Direction } from './composite.js';

/** One indicator's definition. */
export interface IndicatorDefinition extends IndicatorDefinitionDto {
  readonly direction: Direction;
}

const def = (d: IndicatorDefinition): IndicatorDefinition => d;

/** Every indicator, grouped by aim in the order the cockpit shows them. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  def({
    id: 'arrivals',
    aim: 'attraction',
    direction: 'higher',
    unit: 'perMonth',
    goalposts: { worst: 0, best: 50 },
    formula: { zh: '到岗日期在期内的认定人才数 ÷ 期内月数', en: 'recognised talents whose arrival date falls in the period ÷ months in the period' },
    sources: ['talents'],
  }),
  def({
    id: 'masterShareOfArrivals',
    aim: 'attraction',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 60 },
    formula: {
      zh: '期内到岗人才中硕士、博士人数 ÷ 期内到岗人才数 × 100',
      en: "arrivals in the period with a master's or doctorate ÷ arrivals in the period × 100",
    },
    sources: ['talents'],
  }),
  def({
    id: 'youngShareOfArrivals',
    aim: 'attraction',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 100 },
    formula: {
      zh: '期内到岗时未满35周岁的人数 ÷ 期内到岗人才数 × 100',
      en: 'arrivals in the period under 35 on their arrival date ÷ arrivals in the period × 100',
    },
    sources: ['talents'],
  }),
  def({
    id: 'recognitionsGranted',
    aim: 'attraction',
    direction: 'higher',
    unit: 'perMonth',
    goalposts: { worst: 0, best: 20 },
    formula: { zh: '期内（北京时间）办结授予层次的人才认定数 ÷ 期内月数', en: 'recognitions granted in the period (Beijing time) ÷ months in the period' },
    sources: ['recognitions', 'talents', 'employers'],
  }),
  def({
    id: 'patentsPer10k',
    aim: 'innovation',
    direction: 'higher',
    unit: 'per10kTalents',
    goalposts: { worst: 0, best: 5000 },
    formula: {
      zh: '期末在岗认定人才上年授权专利之和 ÷ 期末在岗认定人才数 × 10000',
      en: "sum of last year's licensed patents of recognised talents present at the period's end ÷ those talents × 10,000",
    },
    sources: ['talents'],
  }),
  def({
    id: 'doctorateShare',
    aim: 'innovation',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 30 },
    formula: {
      zh: '期末在岗认定人才中博士人数 ÷ 期末在岗认定人才数 × 100',
      en: "recognised talents present at the period's end with a doctorate ÷ those talents × 100",
    },
    sources: ['talents'],
  }),
  def({
    id: 'seniorTitleShare',
    aim: 'innovation',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 50 },
    formula: {
      zh: '期末在岗认定人才中副高级、正高级职称人数 ÷ 期末在岗认定人才数 × 100',
      en: "recognised talents present at the period's end with an associate-senior or senior title ÷ those talents × 100",
    },
    sources: ['talents'],
  }),
  def({
    id: 'employers',
    aim: 'agglomeration',
    direction: 'higher',
    unit: 'count',
    goalposts: { worst: 0, best: 300 },
    formula: { zh: '期末前注册的用人单位数', en: "employers registered before the period's end" },
    sources: ['employers'],
  }),
  def({
    id: 'highTechShare',
    aim: 'agglomeration',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 60 },
    formula: { zh: '其中高新技术企业数 ÷ 用人单位数 × 100', en: 'of those, high-tech employers ÷ employers × 100' },
    sources: ['employers'],
  }),
  def({
    id: 'aboveScaleShare',
    aim: 'agglomeration',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 50 },
    formula: { zh: '其中规模以上企业数 ÷ 用人单位数 × 100', en: 'of those, employers above designated scale ÷ employers × 100' },
    sources: ['employers'],
  }),
  def({
    id: 'talentsPerEmployer',
    aim: 'agglomeration',
    direction: 'higher',
    unit: 'talentsPerEmployer',
    goalposts: { worst: 0, best: 30 },
    formula: { zh: '期末在岗认定人才中有工作单位的人数 ÷ 用人单位数', en: "recognised talents present at the period's end with an employer ÷ employers" },
    sources: ['talents', 'employers'],
  }),
  def({
    id: 'applicationsOnTime',
    aim: 'platform',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 50, best: 100 },
    formula: {
      zh: '期内办结的政策申请中不晚于办理期限办结的数量 ÷ 期内办结数 × 100',
      en: 'applications decided in the period no later than their due date ÷ applications decided in the period × 100',
    },
    sources: ['applications', 'talents', 'employers'],
  }),
  def({
    id: 'serviceRequestsOnTime',
    aim: 'platform',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 50, best: 100 },
    formula: {
      zh: '期内办结的关键小事中不晚于办结期限（含暂停顺延）办结的数量 ÷ 期内办结数 × 100',
      en: 'service requests closed in the period no later than their resolution due date (pauses included) ÷ service requests closed in the period × 100',
    },
    sources: ['service_requests', 'talents', 'employers'],
  }),
  def({
    id: 'paidPerTalent',
    aim: 'platform',
    direction: 'higher',
    unit: 'yuanPerTalent',
    goalposts: { worst: 0, best: 20000 },
    formula: { zh: '期内已到账的兑现资金（元）÷ 期末在岗认定人才数', en: "money paid in the period (yuan) ÷ recognised talents present at the period's end" },
    sources: ['payment_lines', 'talents', 'employers'],
  }),
  def({
    id: 'flexibleShare',
    aim: 'platform',
    direction: 'higher',
    unit: 'percent',
    goalposts: { worst: 0, best: 30 },
    formula: {
      zh: '期末在岗认定人才中柔性引进或双聘的人数 ÷ 期末在岗认定人才数 × 100',
      en: "recognised talents present at the period's end engaged flexibly or on a dual appointment ÷ those talents × 100",
    },
    sources: ['talents'],
  }),
];

/** The indicators of one aim. */
export function indicatorsOf(aim: CockpitAim): IndicatorDefinition[] {
  return INDICATORS.filter((d) => d.aim === aim);
}

/** The raw counts the repository returns for one district or chain. */
export interface UnitCounts {
  arrivals: number;
  arrivalsMaster: number;
  arrivalsYoung: number;
  present: number;
  presentEmployed: number;
  patents: number;
  doctorates: number;
  seniorTitles: number;
  flexible: number;
  granted: number;
  employers: number;
  highTech: number;
  aboveScale: number;
  decided: number;
  decidedOnTime: number;
  serviceClosed: number;
  serviceOnTime: number;
  paidFen: number;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);
const ratio = (part: number, whole: number, scale = 1): number | null => (whole === 0 ? null : (part / whole) * scale);

/** Each indicator's value from a unit's counts over a period of `months` months (null: no data). */
export function indicatorValues(c: UnitCounts, months: number): Record<CockpitIndicator, number | null> {
  return {
    arrivals: c.arrivals / months,
    masterShareOfArrivals: share(c.arrivalsMaster, c.arrivals),
    youngShareOfArrivals: share(c.arrivalsYoung, c.arrivals),
    recognitionsGranted: c.granted / months,
    patentsPer10k: ratio(c.patents, c.present, 10_000),
    doctorateShare: share(c.doctorates, c.present),
    seniorTitleShare: share(c.seniorTitles, c.present),
    employers: c.employers,
    highTechShare: share(c.highTech, c.employers),
    aboveScaleShare: share(c.aboveScale, c.employers),
    talentsPerEmployer: ratio(c.presentEmployed, c.employers),
    applicationsOnTime: share(c.decidedOnTime, c.decided),
    serviceRequestsOnTime: share(c.serviceOnTime, c.serviceClosed),
    paidPerTalent: ratio(c.paidFen / 100, c.present),
    flexibleShare: share(c.flexible, c.present),
  };
}
