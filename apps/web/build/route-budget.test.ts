import { describe, expect, it } from 'vitest';
import { overBudgetMessage, routeSizes, type RouteChunk } from './route-budget';

const chunk = (fileName: string, bytes: number, imports: string[] = [], dynamicImports: string[] = [], isEntry = false): RouteChunk => ({
  fileName,
  bytes,
  isEntry,
  imports,
  dynamicImports,
});

describe('route budget', () => {
  // The entry imports react and the shell; two lazy pages share the table chunk, one adds charts.
  const chunks = [
    chunk('index.js', 100_000, ['react.js', 'shell.js'], ['ListPage.js', 'ChartPage.js'], true),
    chunk('react.js', 60_000),
    chunk('shell.js', 40_000, ['react.js']),
    chunk('ListPage.js', 10_000, ['table.js', 'react.js']),
    chunk('ChartPage.js', 5_000, ['table.js', 'charts.js']),
    chunk('table.js', 50_000),
    chunk('charts.js', 120_000, ['zrender.js']),
    chunk('zrender.js', 60_000),
  ];

  it('counts for each route the entry with its imports and the page with its imports, each chunk once', () => {
    expect(routeSizes(chunks)).toEqual([
      { route: 'ChartPage.js', bytes: 200_000 + 5_000 + 50_000 + 120_000 + 60_000 },
      { route: 'ListPage.js', bytes: 200_000 + 10_000 + 50_000 },
      { route: 'index.js', bytes: 200_000 },
    ]);
  });

  it('names the routes over the ceiling with their sizes', () => {
    const over = routeSizes(chunks).filter((r) => r.bytes > 300_000);
    expect(overBudgetMessage(over, 300_000)).toBe(
      'Routes whose JavaScript passes 300.0 kB brotli: ChartPage.js 435.0 kB — import only what the page uses, or load it lazily',
    );
  });
});
