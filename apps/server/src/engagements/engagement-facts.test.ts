import { describe, expect, it } from 'vitest';
import { engagementFacts } from './engagement-facts.js';

describe('engagement facts', () => {
  it('a running flexible mode sets engagementMode; no special post, no dual appointment', () => {
    expect(engagementFacts(['weekend'], 31)).toEqual({ engagementMode: 'weekend', dualAppointment: false, specialPost: 'none', onsiteDaysLastYear: 31 });
  });
  it('a chief expert post outranks an advisor post; 双聘 sets dualAppointment; engagementMode is left alone without a flexible mode', () => {
    expect(engagementFacts(['industry_advisor', 'chief_expert', 'dual_appointment'], 0)).toEqual({
      dualAppointment: true,
      specialPost: 'chief_expert',
      onsiteDaysLastYear: 0,
    });
  });
});
