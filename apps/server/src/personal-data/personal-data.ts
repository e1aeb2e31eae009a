/**
 * Personal data at rest (PIPL): ID, mobile and bank account numbers are stored encrypted with AES-256-GCM
 * and looked up through a keyed hash (HMAC-SHA-256 under a key derived from the data key).
 * The key comes from `BOLE_DATA_KEY` or is generated once into the data folder with mode 0600.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Encryption, decryption and lookup hashing of personal data. */
export interface PersonalDataCipher {
  /** `v1.<iv>.<tag>.<ciphertext>` in base64url. */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash for exact lookup (hex). */
  lookupHash(kind: 'id' | 'mobile' | 'credit' | 'login' | 'recovery', plain: string): string;
  /** HMAC-SHA-256 (hex) under the audit key, derived from the data key: the audit chain and its checkpoints. */
  auditMac(data: string): string;
}

/** Builds a cipher from a 32-byte key. */
export function createCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'bole/pii/enc/v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'bole/pii/lookup/v1', 32));
  const auditKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'bole/audit/chain/v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    decrypt(sealed) {
      const [v, iv, tag, ct] = sealed.split('.');
      if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('Not a sealed value');
      const d = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
    },
    lookupHash(kind, plain) {
      return createHmac('sha256', macKey).update(`${kind}:${plain.toUpperCase()}`).digest('hex');
    },
    auditMac(data) {
      return createHmac('sha256', auditKey).update(data).digest('hex');
    },
  };
}

/**
 * Loads the data key: from hex in the environment, else from `<dataDir>/keys/data.key`,
 * generating it (mode 0600) on first start.
 */
export function loadDataKey(dataDir: string, hex?: string): Buffer {
  if (hex) return Buffer.from(hex, 'hex');
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'data.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * `4****************4`: keeps the first and last character of an ID number. The birth date is
 * shown beside it on profiles, and with it the old mask (first 6 and last 4) was the whole
 * number; the full number is only an audited read.
 */
export function maskIdNumber(id: string): string {
  return id.length <= 2 ? '*'.repeat(id.length) : `${id.slice(0, 1)}${'*'.repeat(id.length - 2)}${id.slice(-1)}`;
}

/** An objector's contact as staff screens show it: a phone number as 137****1111, an e-mail address as w***@example.cn. */
export function maskContact(contact: string): string {
  const at = contact.indexOf('@');
  if (at > 0) return `${contact[0]}***${contact.slice(at)}`;
  return maskMobile(contact.replace(/[\s-]/g, ''));
}

/** `138****0001`: keeps the first 3 and last 4 of a mobile number. */
export function maskMobile(m: string): string {
  return m.length < 8 ? '*'.repeat(m.length) : `${m.slice(0, 3)}${'*'.repeat(m.length - 7)}${m.slice(-4)}`;
}

/**
 * `**** **** **** 1234`: keeps only the last 4 digits of a bank account number, in a fixed
 * shape whatever its length, so neither the number nor its length can be rebuilt from the mask.
 */
export function maskAccountNumber(n: string): string {
  return `**** **** **** ${n.slice(-4)}`;
}
