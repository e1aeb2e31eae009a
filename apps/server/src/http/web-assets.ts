/**
 * How the built web app is served: the brotli or gzip file the build wrote beside each asset
 * when the browser accepts it (`preCompressed`; `Vary: Accept-Encoding` on every answer), hashed
 * files under `assets/` cached for a year as immutable (their name changes with their content),
 * and everything else (index.html, the client-route fallback, files copied from `public/`)
 * revalidated on every load so a new release is picked up at once.
 */
import { relative, sep } from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';

/** Cache-Control of a hashed asset. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Cache-Control of index.html and unhashed files. */
export const REVALIDATE_CACHE = 'no-cache';

/** Whether `file` (absolute) is a hashed build asset of the app in `root`. */
export function isHashedAsset(root: string, file: string): boolean {
  return relative(root, file).startsWith(`assets${sep}`);
}

/** Options of @fastify/static for the web app built into `root`. */
export function webAssetOptions(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: true,
    index: 'index.html',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', isHashedAsset(root, file) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  };
}
