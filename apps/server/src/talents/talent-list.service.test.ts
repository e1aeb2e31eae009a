import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createCipher } from '../personal-data/personal-data.js';
import { criteriaOf } from './talent-list.service.js';

const cipher = createCipher(randomBytes(32));

describe('criteriaOf: what the search box means', () => {
  it('treats a mainland mobile number as an exact mobile lookup by keyed hash', () => {
    expect(criteriaOf({ cipher }, { q: ' 13800000001 ' })).toMatchObject({ mobileHash: cipher.lookupHash('mobile', '13800000001') });
    expect(criteriaOf({ cipher }, { q: '13800000001' }).namePrefix).toBeUndefined();
  });

  it('treats an 18-character ID number as an exact lookup, any case of x', () => {
    const c = criteriaOf({ cipher }, { q: '11010519491231002x' });
    expect(c.idNumberHash).toBe(cipher.lookupHash('id', '11010519491231002X'));
    expect(c.mobileHash).toBeUndefined();
  });

  it('treats anything else as the beginning of a name', () => {
    expect(criteriaOf({ cipher }, { q: '张伟' })).toMatchObject({ namePrefix: '张伟' });
    expect(criteriaOf({ cipher }, { q: '1380000' })).toMatchObject({ namePrefix: '1380000' });
    expect(criteriaOf({ cipher }, { q: '   ' }).namePrefix).toBeUndefined();
  });

  it('passes the filters through', () => {
    expect(criteriaOf({ cipher }, { district: '攸县', chain: 'rail', degree: 'master', tier: 'none' })).toEqual({
      district: '攸县',
      chain: 'rail',
      degree: 'master',
      tier: 'none',
    });
  });
});
