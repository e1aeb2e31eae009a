/**
 * The compact talent code as QR text: `TC1:` + Base45 (RFC 9285) of the JWS in binary, so that
 * the QR code uses its alphanumeric mode. A compact JWS is mixed-case base64url and forces byte
 * mode, where QR version 10 at level M holds only 213 characters; alphanumeric mode holds 311.
 * (The EU Digital COVID Certificate's `HC1:` + Base45 is the model.)
 *
 * Binary layout: `0x01`, the algorithm (0 EdDSA, 1 SM2), the key id (8 base64url characters =
 * 6 bytes), the payload JSON, the 64-byte signature. The header is rebuilt exactly as the
 * issuer writes it, `{"alg":…,"kid":…,"typ":"tc+jwt"}`, so the JWS — and its signature — come
 * back byte for byte. No I/O.
 */
import { KID_LENGTH, type SigningAlg } from './keys.js';
import { COMPACT_TALENT_CODE_TYP } from './talent-credential.js';

/** The prefix of a talent code's QR text. */
export const QR_TEXT_PREFIX = 'TC1:';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const ALGS: readonly SigningAlg[] = ['EdDSA', 'SM2'];
const SIGNATURE_BYTES = 64;
const KID_BYTES = (KID_LENGTH * 3) / 4;
const HEAD_BYTES = 2 + KID_BYTES;

/** Base45 (RFC 9285) of bytes. */
function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = bytes[i]! * 256 + bytes[i + 1]!;
    out += BASE45[n % 45]! + BASE45[Math.floor(n / 45) % 45]! + BASE45[Math.floor(n / 2025)]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]!;
    out += BASE45[n % 45]! + BASE45[Math.floor(n / 45)]!;
  }
  return out;
}

/** Bytes of Base45 text; null when it is not valid Base45. */
function base45Decode(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const digits = [...text.slice(i, i + 3)].map((c) => BASE45.indexOf(c));
    if (digits.some((d) => d < 0)) return null;
    const n = digits.reduce((sum, d, k) => sum + d * 45 ** k, 0);
    if (digits.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}

const canonicalHeader = (alg: SigningAlg, kid: string) => JSON.stringify({ alg, kid, typ: COMPACT_TALENT_CODE_TYP });

/** The QR text of a compact talent code; throws when the JWS is not one this instance writes. */
export function toQrText(jws: string): string {
  const [h, p, s] = jws.split('.') as [string, string, string];
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg: SigningAlg; kid: string };
  const signature = Buffer.from(s, 'base64url');
  if (
    canonicalHeader(header.alg, header.kid) !== Buffer.from(h, 'base64url').toString('utf8') ||
    header.kid.length !== KID_LENGTH ||
    signature.length !== SIGNATURE_BYTES
  ) {
    throw new TypeError('not a compact talent code of the current format');
  }
  const binary = Buffer.concat([Buffer.from([1, ALGS.indexOf(header.alg)]), Buffer.from(header.kid, 'base64url'), Buffer.from(p, 'base64url'), signature]);
  return QR_TEXT_PREFIX + base45Encode(binary);
}

/** The compact JWS inside QR text; null when the text is not a `TC1:` code. */
export function fromQrText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(QR_TEXT_PREFIX)) return null;
  const binary = base45Decode(trimmed.slice(QR_TEXT_PREFIX.length));
  if (!binary || binary.length <= HEAD_BYTES + SIGNATURE_BYTES || binary[0] !== 1 || ALGS[binary[1]!] === undefined) return null;
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const kid = b64(binary.subarray(2, HEAD_BYTES));
  const header = Buffer.from(canonicalHeader(ALGS[binary[1]!]!, kid)).toString('base64url');
  return `${header}.${b64(binary.subarray(HEAD_BYTES, binary.length - SIGNATURE_BYTES))}.${b64(binary.subarray(binary.length - SIGNATURE_BYTES))}`;
}

/** The JWS of presented text: QR text unpacked, anything else as it is (null for a `TC1:` text that does not unpack). */
export function jwsOfPresented(text: string): string | null {
  return text.trim().startsWith(QR_TEXT_PREFIX) ? fromQrText(text) : text;
}
