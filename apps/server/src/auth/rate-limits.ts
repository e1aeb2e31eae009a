/**
 * Per-address request limits (@fastify/rate-limit) of the public account routes: sign-in,
 * registration, password recovery. Exceeding one answers 429 BOLE_RATE_LIMITED naming what was
 * limited and how long to wait.
 */
import type { AppContext } from '../platform/context.js';
import { fail } from '../http/errors.js';

/** A per-address limit of `max` requests per `windowMs`, answered with BOLE_RATE_LIMITED naming `what`. */
export function perAddressLimit(max: number, windowMs: number, what: { en: string; zh: string }) {
  return {
    max,
    timeWindow: windowMs,
    errorResponseBuilder: (_req: unknown, c: { ttl: number }) => {
      const s = Math.max(1, Math.ceil(c.ttl / 1000));
      return fail('BOLE_RATE_LIMITED', { attempts: what, wait: { en: `${s} s`, zh: ` ${s} 秒` } });
    },
  };
}

/** A per-address limit of `max` requests an hour. */
export const hourlyLimit = (max: number, what: { en: string; zh: string }) => perAddressLimit(max, 3600_000, what);

/**
 * Registrations per client address per hour (BOLE_REGISTER_RATE_LIMIT): each one runs a 64 MiB
 * Argon2id hash, so an unlimited endpoint would let one client exhaust the server's memory and CPU.
 */
export const registrationLimit = (ctx: AppContext) => hourlyLimit(ctx.config.registerRateLimit, { en: 'registrations from your network', zh: '注册' });
