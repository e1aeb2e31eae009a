/**
 * Secrets handed to clients (session cookies, bearer tokens) and the hashes stored in their
 * place, plus Argon2id password hashing.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import argon2 from 'argon2';

/** Prefix that makes Bole bearer tokens recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'bole_';

/** A fresh 32-byte random secret, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a secret: what the database keeps. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Argon2id with the `argon2` package's defaults, m=64 MiB, t=3, p=4 (ADR 0002). */
const ARGON2 = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2);
}

/** Checks a password against its hash; false (never throws) for a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash uses weaker parameters than today's and should be replaced at sign-in. */
export function passwordNeedsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, { memoryCost: ARGON2.memoryCost, timeCost: ARGON2.timeCost, parallelism: ARGON2.parallelism });
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real password check, for logins that do not exist, so response
 * times do not reveal which accounts exist.
 */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('bole-no-such-account-0');
  await verifyPassword(await dummyHash, password);
}

// No 0/O, 1/l/I: a one-time password is read off a screen and typed.
const OTP_LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const OTP_DIGITS = '23456789';

/**
 * A one-time password an administrator hands over: 12 characters from an unambiguous alphabet,
 * with at least one letter and one digit (so it passes the password rule itself).
 */
export function newOneTimePassword(): string {
  const all = OTP_LETTERS + OTP_DIGITS;
  const pick = (from: string) => from[randomInt(from.length)]!;
  const chars = Array.from({ length: 12 }, () => pick(all));
  chars[randomInt(6)] = pick(OTP_DIGITS);
  chars[6 + randomInt(6)] = pick(OTP_LETTERS);
  return chars.join('');
}

/** A 6-digit code for a text message (uniform over 000000–999999). */
export function newNumericCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
