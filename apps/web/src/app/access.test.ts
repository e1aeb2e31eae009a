import { describe, expect, it } from 'vitest';
import { menuScreenOf, SCREENS, screensFor } from './access';

describe('the side menu’s current item', () => {
  const employer = screensFor('employer');

  it('on an employer page under /employer/ is that page, not the employer’s profile at /employer', () => {
    expect(menuScreenOf(employer, '/employer/people')?.navKey).toBe('employerPeople');
    expect(menuScreenOf(employer, '/employer/engagements')?.navKey).toBe('engagements');
    expect(menuScreenOf(employer, '/employer/surveys')?.navKey).toBe('employerSurveys');
    expect(menuScreenOf(employer, '/employer')?.navKey).toBe('employerProfile');
  });

  it('a page below a screen selects it; an address no screen covers selects nothing', () => {
    expect(menuScreenOf(employer, `${SCREENS.postings.path}/abc/candidates`)?.navKey).toBe('postings');
    expect(menuScreenOf(employer, '/employers-elsewhere')).toBeUndefined();
  });
});
