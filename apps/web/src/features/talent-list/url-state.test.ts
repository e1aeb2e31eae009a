import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../shared/api/city-testing';
import { parseListParams, toListParams, withFilter } from './url-state';

beforeAll(loadDemoCity);

describe('talent list URL state', () => {
  it('round-trips filters and leaves defaults out of the URL', () => {
    const q = parseListParams(new URLSearchParams('q=张&district=攸县&degree=master&tier=none&sort=name&page=3&pageSize=20'));
    expect(q).toEqual({ q: '张', district: '攸县', chain: undefined, degree: 'master', tier: 'none', sort: 'name', page: 3, pageSize: 20 });
    expect(parseListParams(toListParams(q))).toEqual(q);
    expect(toListParams(parseListParams(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores values the API would refuse', () => {
    const q = parseListParams(new URLSearchParams('district=北京&degree=phd&tier=Z&sort=age&page=-1&pageSize=9999'));
    expect(q).toMatchObject({ district: undefined, degree: undefined, tier: undefined, sort: '-updatedAt', page: 1, pageSize: 200 });
  });

  it('goes back to page 1 when a filter changes', () => {
    const q = parseListParams(new URLSearchParams('page=4'));
    expect(withFilter(q, { chain: 'rail' })).toMatchObject({ chain: 'rail', page: 1 });
  });
});
