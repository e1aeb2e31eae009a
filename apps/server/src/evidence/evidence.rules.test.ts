import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, cleanFileName, sniffContentType } from './evidence.rules.js';

const PDF = Buffer.from('%PDF-1.7\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00');

describe('evidence file checks', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffContentType(PDF)).toBe('application/pdf');
    expect(sniffContentType(PNG)).toBe('image/png');
    expect(sniffContentType(JPEG)).toBe('image/jpeg');
    expect(sniffContentType(EXE)).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });

  it('accepts a file whose name and declared type agree with its bytes', () => {
    expect(checkEvidenceFile({ head: PDF, fileName: '学位证.PDF', declaredType: 'application/pdf' })).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(checkEvidenceFile({ head: JPEG, fileName: 'a.jpg', declaredType: 'application/octet-stream' })).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkEvidenceFile({ head: JPEG, fileName: 'a.jpeg', declaredType: 'image/jpg' }).ok).toBe(true);
  });

  it('refuses a program named .pdf and mislabelled files', () => {
    expect(checkEvidenceFile({ head: EXE, fileName: 'diploma.pdf', declaredType: 'application/pdf' })).toEqual({ ok: false, why: 'unknown_content' });
    expect(checkEvidenceFile({ head: PNG, fileName: 'scan.pdf', declaredType: 'application/pdf' })).toEqual({ ok: false, why: 'extension_mismatch' });
    expect(checkEvidenceFile({ head: PNG, fileName: 'scan.png', declaredType: 'application/pdf' })).toEqual({ ok: false, why: 'declared_type_mismatch' });
    expect(checkEvidenceFile({ head: PDF, fileName: 'noext', declaredType: 'application/pdf' })).toEqual({ ok: false, why: 'extension_mismatch' });
  });

  it('keeps only the base name of an uploaded file', () => {
    expect(cleanFileName('C:\\Users\\x\\证书.pdf')).toBe('证书.pdf');
    expect(cleanFileName('../../etc/passwd\u0000.png')).toBe('passwd.png');
    expect(cleanFileName('')).toBe('file');
  });
});
