import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chunkSizeLimit, oversizedChunks } from './chunk-size-limit';

describe('chunk size limit', () => {
  it('names every chunk over 500 kB, biggest first', () => {
    const over = oversizedChunks([
      { fileName: 'assets/index.js', bytes: 470_000 },
      { fileName: 'assets/WhatIfPage.js', bytes: 1_142_890 },
      { fileName: 'assets/client.js', bytes: 650_900 },
    ]);
    expect(over.map((c) => c.fileName)).toEqual(['assets/WhatIfPage.js', 'assets/client.js']);
  });

  it('fails a build whose chunk passes the limit, naming it', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bole-chunk-'));
    writeFileSync(join(dir, 'big.js'), `export const big = ${JSON.stringify('x'.repeat(3000))};\nconsole.log(big);\n`);
    const run = build({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      plugins: [chunkSizeLimit(2000)],
      build: { outDir: join(dir, 'dist'), write: false, lib: { entry: join(dir, 'big.js'), formats: ['es'], fileName: 'big' } },
    });
    await expect(run).rejects.toThrow(/over 2\.0 kB: big\.m?js 3\.\d kB/);
  });
});
