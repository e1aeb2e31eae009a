/**
 * Builds the Fastify application from a context. `main.ts` listens with it; tests call
 * `app.inject` on it. Every business area contributes its routes here, nothing else does.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './platform/context.js';
import { repoPath } from './platform/paths.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandling, routeNotFound, sendProblem } from './http/errors.js';
import { installInputGuard } from './http/input-guard.js';
import { installShutdownGate } from './http/shutdown.js';
import { logSerializers } from './http/log-safety.js';
import { installAccessControl, type Authenticate } from './http/access.js';
import { openapiOptions } from './http/openapi.js';
import { SESSION_COOKIE } from './auth/session-cookie.js';
import { healthRoutes } from './health/health.routes.js';
import { installRequestIdHeader, requestIdOf } from './observability/request-id.js';
import { installRequestMetrics } from './observability/request-metrics.js';
import { metricsRoutes } from './observability/metrics.routes.js';
import { routeModules, createAuthenticate } from './modules.js';
import { databaseRateLimitStore } from './auth/rate-limit-store.js';
import { webAssetOptions } from './http/web-assets.js';

/** Options of `buildApp`. */
export interface BuildAppOptions {
  ctx: AppContext;
  /** pino logger options; `false` silences (tests); `stream` receives the lines instead of stdout (tests). */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Folder of the built web app; defaults to apps/web/dist. */
  webDist?: string;
  /** Overrides how callers are identified (tests of the access layer). */
  authenticate?: Authenticate;
}

const defaultWebDist = repoPath('apps', 'web', 'dist');

/**
 * Fastify's trustProxy from the configuration. `true` would believe every X-Forwarded-For
 * entry, including the left-most one the client writes, so it means one hop; a hop count
 * trusts that many proxies counted from the server.
 */
function trustProxyOption(t: boolean | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (Array.isArray(t)) return t;
  const hops = t === true ? 1 : t === false ? 0 : t;
  return hops === 0 ? false : (_address: string, hop: number) => hop < hops;
}

/** Creates the application (not yet listening). */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { ctx } = opts;
  const logger = typeof opts.logger === 'object' ? opts.logger : { level: ctx.config.logLevel };
  const app = Fastify({
    logger: opts.logger === false ? false : { ...logger, serializers: logSerializers },
    // The request id: a well-formed X-Request-Id from the proxy, else a new one (observability/request-id.ts).
    genReqId: requestIdOf,
    requestIdHeader: false,
    bodyLimit: ctx.config.bodyLimit,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    ajv: { customOptions: { removeAdditional: false } },
    // While closing, requests get our problem+json 503 (installShutdownGate), not Fastify's.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installRequestIdHeader(app);
  installRequestMetrics(app, ctx.metrics);
  installErrorHandling(app);
  installInputGuard(app);
  const isClosing = installShutdownGate(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // WebAssembly compiled from this origin only: the camera QR decoder (web shared/lib/qr-decoder.ts).
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(fastifyCookie);
  // Counted in the database: every node on one PostgreSQL spends one budget (auth/rate-limit-store.ts).
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(ctx) });
  await app.register(fastifySwagger, openapiOptions({ publicOrigin: ctx.config.publicOrigin, sessionCookie: SESSION_COOKIE }));
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAccessControl(app, opts.authenticate ?? createAuthenticate(ctx));
  await app.register(healthRoutes(ctx, { isClosing }));
  await app.register(metricsRoutes(ctx.metrics, ctx.config.metricsToken));
  for (const routes of routeModules(ctx)) await app.register(routes);

  const webDist = opts.webDist ?? defaultWebDist;
  const hasWeb = existsSync(webDist);
  if (hasWeb) await app.register(fastifyStatic, webAssetOptions(webDist));
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api')) {
      const path = request.url.split('?')[0] ?? request.url;
      return sendProblem(request, reply, routeNotFound(path), { instance: path });
    }
    if (!hasWeb) return reply.status(404).type('text/plain; charset=utf-8').send('The web app is not built: run npm run build -w @bole/web');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
