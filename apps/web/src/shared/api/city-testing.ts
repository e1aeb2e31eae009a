/** A small slice of the demo city's data (cities/zhuzhou/city.yaml) for unit tests of screens that read the city. */
import type { CityInfo } from '@bole/contracts';
import { setCityData } from './city';

/** Three districts, two chains and three departments of 株洲, as GET /api/v1/city gives them. */
export const DEMO_CITY: CityInfo = {
  code: 'zhuzhou',
  adminCode: '430200',
  name: { zh: '株洲市', en: 'Zhuzhou' },
  districts: [
    { code: '天元区', name: { zh: '天元区', en: 'Tianyuan District' } },
    { code: '攸县', name: { zh: '攸县', en: 'You County' } },
    { code: '醴陵市', name: { zh: '醴陵市', en: 'Liling City' } },
  ],
  chains: [
    { code: 'rail', name: { zh: '轨道交通', en: 'rail transit equipment' }, fields: [] },
    { code: 'auto', name: { zh: '汽车与零部件', en: 'automobiles and parts' }, fields: [] },
  ],
  departments: [
    { code: 'rsj', name: { zh: '人社局', en: 'Human Resources and Social Security Bureau' } },
    { code: 'kjj', name: { zh: '科技局', en: 'Science and Technology Bureau' } },
    { code: 'rcb', name: { zh: '人才办', en: 'Talent Office' } },
  ],
  dataExchange: [{ department: 'rsj', fields: ['socialInsuranceMonths', 'employerCreditCode', 'arrivalDate'] }],
  operator: { name: { zh: '株洲市人才工作领导小组办公室', en: 'Zhuzhou Municipal Talent Work Leading Group Office' }, hotline: '12345' },
  demo: true,
};

/** Loads the demo city's slice as the app's city (what the gate does once GET /city answers). */
export function loadDemoCity(): void {
  setCityData(DEMO_CITY);
}
