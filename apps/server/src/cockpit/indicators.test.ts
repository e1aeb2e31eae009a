import { describe, expect, it } from 'vitest';
import { COCKPIT_INDICATORS } from '@bole/contracts';
import { INDICATORS, indicatorValues, type UnitCounts } from './indicators.js';

/**
 * One district's hand-made counts over a quarter (3 months): 6 arrivals, 3 of them with a
 * master's and 2 under 35; 20 talents present (15 employed, 4 doctorates, 5 senior titles, 2
 * flexible) holding 10 patents; 3 recognitions granted; 10 employers (4 high-tech, 2 above
 * scale); 8 applications decided (6 on time); 4 service requests closed (3 on time); ¥50,000 paid.
 */
const counts: UnitCounts = {
  arrivals: 6,
  arrivalsMaster: 3,
  arrivalsYoung: 2,
  present: 20,
  presentEmployed: 15,
  patents: 10,
  doctorates: 4,
  seniorTitles: 5,
  flexible: 2,
  granted: 3,
  employers: 10,
  highTech: 4,
  aboveScale: 2,
  decided: 8,
  decidedOnTime: 6,
  serviceClosed: 4,
  serviceOnTime: 3,
  paidFen: 5_000_000,
};

describe('indicator formulas', () => {
  it('computes every indicator from the counts', () => {
    expect(indicatorValues(counts, 3)).toEqual({
      arrivals: 2, // 6 / 3 months
      masterShareOfArrivals: 50, // 3 / 6
      youngShareOfArrivals: (2 / 6) * 100,
      recognitionsGranted: 1, // 3 / 3 months
      patentsPer10k: 5_000, // 10 / 20 × 10,000
      doctorateShare: 20, // 4 / 20
      seniorTitleShare: 25, // 5 / 20
      employers: 10,
      highTechShare: 40, // 4 / 10
      aboveScaleShare: 20, // 2 / 10
      talentsPerEmployer: 1.5, // 15 / 10
      applicationsOnTime: 75, // 6 / 8
      serviceRequestsOnTime: 75, // 3 / 4
      paidPerTalent: 2_500, // ¥50,000 / 20
      flexibleShare: 10, // 2 / 20
    });
  });

  it('gives no data (null), never zero, for a share whose base is empty', () => {
    const none = indicatorValues(
      { ...counts, arrivals: 0, arrivalsMaster: 0, arrivalsYoung: 0, decided: 0, decidedOnTime: 0, serviceClosed: 0, serviceOnTime: 0 },
      1,
    );
    expect(none).toMatchObject({ masterShareOfArrivals: null, youngShareOfArrivals: null, applicationsOnTime: null, serviceRequestsOnTime: null, arrivals: 0 });
  });

  it('publishes a definition for every indicator the cockpit computes', () => {
    expect(INDICATORS.map((d) => d.id).sort()).toEqual([...COCKPIT_INDICATORS].sort());
    for (const d of INDICATORS) expect(d.sources.length, d.id).toBeGreaterThan(0);
  });
});
