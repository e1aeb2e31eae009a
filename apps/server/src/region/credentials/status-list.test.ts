import { describe, expect, it } from 'vitest';
import { encodeStatusList, isRevokedAt, statusListSizeFor, STATUS_LIST_MIN_ENTRIES } from './index.js';

describe('bitstring status list', () => {
  it('holds 131,072 entries by default and reads the first and last index', () => {
    const list = encodeStatusList([0, 131_071, 9]);
    expect(list.startsWith('u')).toBe(true);
    expect(isRevokedAt(list, 0)).toBe(true);
    expect(isRevokedAt(list, 131_071)).toBe(true);
    expect(isRevokedAt(list, 9)).toBe(true);
    expect(isRevokedAt(list, 1)).toBe(false);
    expect(isRevokedAt(list, 131_070)).toBe(false);
    expect(Buffer.from(list.slice(1), 'base64url').length).toBeLessThan(1000);
  });

  it('sets bit 0 as the most significant bit of the first byte (W3C order)', async () => {
    const { gunzipSync } = await import('node:zlib');
    const bits = gunzipSync(Buffer.from(encodeStatusList([0, 15]).slice(1), 'base64url'));
    expect(bits.length).toBe(STATUS_LIST_MIN_ENTRIES / 8);
    expect([bits[0], bits[1]]).toEqual([0x80, 0x01]);
  });

  it('refuses an index outside the list, reading or writing', () => {
    const list = encodeStatusList([]);
    expect(() => isRevokedAt(list, 131_072)).toThrow(RangeError);
    expect(() => isRevokedAt(list, -1)).toThrow(RangeError);
    expect(() => isRevokedAt(list, 1.5)).toThrow(RangeError);
    expect(() => encodeStatusList([131_072])).toThrow(RangeError);
    expect(() => encodeStatusList([], 1024)).toThrow(RangeError);
  });

  it('refuses a list that is not a gzip bitstring of the minimum size', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => isRevokedAt('u!!!', 0)).toThrow();
    expect(() => isRevokedAt('uAAAA', 0)).toThrow();
    expect(() => isRevokedAt(`u${gzipSync(Buffer.alloc(16)).toString('base64url')}`, 0)).toThrow(TypeError);
  });

  it('grows in whole lists when the indexes pass the first one', () => {
    expect(statusListSizeFor(0)).toBe(131_072);
    expect(statusListSizeFor(131_071)).toBe(131_072);
    expect(statusListSizeFor(131_072)).toBe(262_144);
    expect(isRevokedAt(encodeStatusList([200_000], statusListSizeFor(200_000)), 200_000)).toBe(true);
  });
});
