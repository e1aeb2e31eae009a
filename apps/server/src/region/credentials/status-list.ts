/**
 * W3C Bitstring Status List (VC 2.0): one bit per credential, bit 0 the most significant bit of
 * the first byte; GZIP-compressed and multibase base64url (`u` prefix, no padding). At least
 * 131,072 entries (16 KB) so that one code's bit hides among many (herd privacy).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** The minimum (and default) number of entries of a list. */
export const STATUS_LIST_MIN_ENTRIES = 131_072;

/** The size of a list that must hold index `highest`: the minimum, or whole multiples of it. */
export function statusListSizeFor(highest: number): number {
  return Math.max(1, Math.ceil((highest + 1) / STATUS_LIST_MIN_ENTRIES)) * STATUS_LIST_MIN_ENTRIES;
}

function checkIndex(index: number, size: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`status list index ${index} is outside 0..${size - 1}`);
  }
}

/**
 * Encodes a list of `size` entries (default 131,072; a multiple of 8, at least the minimum)
 * with the bits of `revokedIndexes` set. An index outside the list is refused (RangeError).
 */
export function encodeStatusList(revokedIndexes: Iterable<number>, size: number = STATUS_LIST_MIN_ENTRIES): string {
  if (!Number.isInteger(size) || size < STATUS_LIST_MIN_ENTRIES || size % 8 !== 0) {
    throw new RangeError(`a status list has a multiple of 8 entries, at least ${STATUS_LIST_MIN_ENTRIES}`);
  }
  const bits = new Uint8Array(size / 8);
  for (const index of revokedIndexes) {
    checkIndex(index, size);
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}

let lastDecoded: { encoded: string; bits: Uint8Array } | null = null;

/** The bitstring of an encoded list (the last one decoded is kept, verifiers ask it often). */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (lastDecoded?.encoded === encodedList) return lastDecoded.bits;
  const text = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new TypeError('a status list is base64url text');
  const bits = new Uint8Array(gunzipSync(Buffer.from(text, 'base64url')));
  if (bits.length * 8 < STATUS_LIST_MIN_ENTRIES) throw new TypeError(`a status list has at least ${STATUS_LIST_MIN_ENTRIES} entries`);
  lastDecoded = { encoded: encodedList, bits };
  return bits;
}

/**
 * Whether the bit at `index` is set. Throws for a list that does not decode (TypeError or a
 * zlib error) and for an index outside it (RangeError): neither may read as "not revoked".
 */
export function isRevokedAt(encodedList: string, index: number): boolean {
  const bits = decodeStatusList(encodedList);
  checkIndex(index, bits.length * 8);
  return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}

/** The JWS `typ` of a signed status list `{iss, iat, exp, list}`. */
export const STATUS_LIST_TYP = 'statuslist+jwt';
