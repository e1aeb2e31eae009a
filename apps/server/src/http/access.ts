/**
 * Every API route has a rule for who may call it: role-restricted operations take theirs from
 * the shared table `ROUTE_ACCESS` in `@bole/contracts` (by operation id — the web reads the same
 * table for its menu and buttons); public and signed-in-only routes declare `config.access`. A
 * route without a rule, with one in both places, or listing roles in `config.access` cannot even
 * be registered. The check runs before validation and the handler. Ownership (a talent
 * reads only their own records) is checked by the services, which receive the principal.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isRestrictedOperation, ROUTE_ACCESS, type Department, type Role, type TokenScope } from '@bole/contracts';
import { fail, forbidden, unauthenticated } from './errors.js';

/** Who may call a route: anyone, any signed-in account, or the listed roles (from `ROUTE_ACCESS` only). */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** What a route may declare itself: role lists belong in `ROUTE_ACCESS`. */
export type DeclaredAccess = 'public' | 'authenticated';

/** The signed-in caller. */
export interface Principal {
  userId: string;
  role: Role;
  displayName: string;
  department: Department | null;
  talentId: string | null;
  employerId: string | null;
  /** How the caller proved who they are. */
  via: 'session' | 'token';
  /** The session or token id (to end it on logout). */
  credentialId: string;
  /**
   * A department-scoped token's scope (数据共享): such a token opens only routes that declare
   * `scopedTokens: true`, and there only its department and facts.
   */
  scope?: TokenScope | null;
  /** An administrator reset the password: only routes marked `duringPasswordChange` answer until it is changed. */
  mustChangePassword?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Whether a department-scoped bearer token may call the route (it is refused everywhere else). */
    scopedTokens?: boolean;
    /** The route answers an account that must change its password first (who am I, change it, sign out). */
    duringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves the caller from the request (cookie session or bearer token); null when anonymous. */
export type Authenticate = (request: FastifyRequest) => Promise<Principal | null>;

/** Registers the access-rule enforcement. Must be called before any route is added. */
export function installAccessControl(app: FastifyInstance, authenticate: Authenticate): void {
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = (route.config ?? {}) as { access?: Access };
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    if (operationId !== undefined && isRestrictedOperation(operationId)) {
      if (config.access !== undefined) throw new Error(`Route ${route.method} ${route.url}: ${operationId} has its rule in ROUTE_ACCESS; remove config.access`);
      route.config = { ...config, access: ROUTE_ACCESS[operationId] };
      return;
    }
    if (config.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} has no access rule (ROUTE_ACCESS in @bole/contracts, or config.access)`);
    }
    if (config.access !== 'public' && config.access !== 'authenticated') {
      throw new Error(`Route ${route.method} ${route.url} lists roles in config.access; give it an operationId and put its roles in ROUTE_ACCESS`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return;
    request.principal = await authenticate(request);
    if (access === 'public') return;
    if (!request.principal) throw unauthenticated();
    if (request.principal.scope && !request.routeOptions.config?.scopedTokens)
      throw forbidden({
        en: 'This token is scoped to delivering a department’s facts; it opens no other route.',
        zh: '该令牌仅限报送部门数据，不能调用其他接口。',
      });
    if (request.principal.mustChangePassword && !request.routeOptions.config?.duringPasswordChange) throw fail('BOLE_PASSWORD_CHANGE_REQUIRED');
    if (access === 'authenticated') return;
    if (!access.includes(request.principal.role)) throw forbidden();
  });
}

/** The principal of a route that requires sign-in (the access hook guarantees it). */
export function principalOf(request: FastifyRequest) {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}
