/**
 * A build step: writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) file beside every
 * text file of the build (JavaScript, CSS, HTML, SVG, JSON) and WebAssembly module, so the server sends the smallest one
 * the browser accepts without compressing on each request (apps/server/src/http/web-assets.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|wasm)$/;

/** The brotli and gzip forms of `content`, as served. */
export async function compressedForms(content: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/** The Vite plugin. */
export function precompress(): Plugin {
  return {
    name: 'bole-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const files = Object.values(bundle).filter((item) => COMPRESSIBLE.test(item.fileName));
      for (const item of files) {
        const content = Buffer.from(item.type === 'chunk' ? item.code : item.source);
        const { br, gz } = await compressedForms(content);
        const path = join(dir, item.fileName);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
      }
    },
  };
}
