/**
 * The business areas mounted by the app: each contributes one route plugin built from the
 * shared context. Adding an area means adding one line here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from './platform/context.js';
import type { Authenticate } from './http/access.js';

/** Route plugins of every business area. */
export function routeModules(_ctx: AppContext): FastifyPluginAsyncZod[] {
  return [];
}

/** How callers are identified (session cookie or bearer token). */
export function createAuthenticate(_ctx: AppContext): Authenticate {
  return async () => null;
}
