/**
 * What an evidence file really is, from its first bytes (magic numbers), and whether its name
 * and declared type agree. Pure: a file called `.pdf` that is really a program, or a PNG named
 * `.pdf`, is refused whatever the browser claimed.
 */
import type { EvidenceContentType } from '@bole/contracts';

/** Bytes needed to recognise every accepted type. */
export const SNIFF_BYTES = 8;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(head: Uint8Array, sig: number[]): boolean {
  return head.length >= sig.length && sig.every((b, i) => head[i] === b);
}

/** The content type the first bytes show, or null for anything else (executables, archives, text…). */
export function sniffContentType(head: Uint8Array): EvidenceContentType | null {
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  return null;
}

const BY_EXTENSION: Record<string, EvidenceContentType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** Generic types browsers send when they do not know better; they neither confirm nor contradict. */
const GENERIC = new Set(['application/octet-stream', 'binary/octet-stream', '']);

/** Why a file is refused, or null when its bytes, name and declared type agree. */
export function checkEvidenceFile(f: {
  head: Uint8Array;
  fileName: string;
  declaredType: string;
}): { ok: true; contentType: EvidenceContentType } | { ok: false; why: 'unknown_content' | 'extension_mismatch' | 'declared_type_mismatch' } {
  const sniffed = sniffContentType(f.head);
  if (!sniffed) return { ok: false, why: 'unknown_content' };
  const ext = /\.([A-Za-z0-9]+)$/.exec(f.fileName)?.[1]?.toLowerCase() ?? '';
  if (BY_EXTENSION[ext] !== sniffed) return { ok: false, why: 'extension_mismatch' };
  const declared = f.declaredType.split(';')[0]!.trim().toLowerCase();
  const declaredNorm = declared === 'image/jpg' || declared === 'image/pjpeg' ? 'image/jpeg' : declared;
  if (!GENERIC.has(declaredNorm) && declaredNorm !== sniffed) return { ok: false, why: 'declared_type_mismatch' };
  return { ok: true, contentType: sniffed };
}

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean || 'file')
    .slice(-200)
    .join('');
}
