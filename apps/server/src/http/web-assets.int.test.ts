import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';

/** A built web app as `vite build` leaves it: a hashed chunk with its .br and .gz beside it. */
function builtWebApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'bole-web-assets-'));
  mkdirSync(join(dist, 'assets'));
  const html = '<!doctype html><title>伯乐</title><div id="root"></div>';
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(html));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const js = `export const chunk = ${JSON.stringify('伯乐'.repeat(2000))};\n`;
  writeFileSync(join(dist, 'assets', 'index-B7x9kQ2a.js'), js);
  writeFileSync(join(dist, 'assets', 'index-B7x9kQ2a.js.br'), brotliCompressSync(js));
  writeFileSync(join(dist, 'assets', 'index-B7x9kQ2a.js.gz'), gzipSync(js));
  return dist;
}

describe('web app assets', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const webDist = builtWebApp();
  const chunk = '/assets/index-B7x9kQ2a.js';

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false, webDist });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('sends the brotli file to a browser that accepts it, cached for a year as immutable', async () => {
    const res = await app.inject({ url: chunk, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers['vary']).toLowerCase()).toContain('accept-encoding');
    expect(res.rawPayload.length).toBeLessThan(1000);
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toContain('伯乐伯乐');
  });

  it('sends gzip when brotli is not accepted and the plain file when neither is', async () => {
    const gz = await app.inject({ url: chunk, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await app.inject({ url: chunk, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('伯乐伯乐');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html, the client-route fallback and unhashed files revalidated on every load', async () => {
    for (const url of ['/', '/index.html', '/talent/calculator', '/favicon.svg']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const html = await app.inject({ url: '/talent/calculator', headers: { 'accept-encoding': 'br' } });
    expect(html.headers['content-type']).toContain('text/html');
  });
});
