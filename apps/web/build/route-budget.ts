/**
 * A build check: fails `vite build` when a route's JavaScript passes the ceiling (as sent
 * to a browser: brotli, which every browser the city supports accepts over HTTPS; the server's
 * precompressed `.br` files are made the same way, see precompress.ts). A route's JavaScript is what a cold visit to
 * it downloads: the entry chunk and every chunk it imports statically, plus the route's lazy
 * page chunk and every chunk that one imports statically (each chunk counted once).
 */
import { brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * The ceiling in bytes (1 kB = 1000 bytes). The goal is 300 kB and is far: the entry alone is
 * about 400 kB (React DOM, antd's runtime and every component the shell and the sign-in pages
 * use, zod with the contracts and both languages' texts, which grow with every module), and with
 * the employers, matching, housing, services, programs and cockpit screens the heaviest route
 * (紧缺人才目录, with its chart) is 625 kB. The check holds the line there so no route grows
 * further while the entry is split; it is lowered as routes shrink (docs/performance.md).
 */
export const ROUTE_BUDGET_BYTES = 650_000;

/** A JavaScript chunk as the check sees it. */
export interface RouteChunk {
  readonly fileName: string;
  /** Compressed size in bytes. */
  readonly bytes: number;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}

/** A route's download: the lazy chunk that names it (or the entry alone) and its size. */
export interface RouteSize {
  readonly route: string;
  readonly bytes: number;
}

function staticClosure(start: string, byName: ReadonlyMap<string, RouteChunk>, into: Set<string>): Set<string> {
  const stack = [start];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (into.has(name) || !byName.has(name)) continue;
    into.add(name);
    stack.push(...byName.get(name)!.imports);
  }
  return into;
}

/** The download of each route: every entry alone, and every lazy chunk with its entry's chunks. */
export function routeSizes(chunks: readonly RouteChunk[]): RouteSize[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const sum = (names: Set<string>) => [...names].reduce((total, n) => total + byName.get(n)!.bytes, 0);
  const routes: RouteSize[] = [];
  for (const entry of chunks.filter((c) => c.isEntry)) {
    const initial = staticClosure(entry.fileName, byName, new Set());
    routes.push({ route: entry.fileName, bytes: sum(initial) });
    const lazy = new Set([...initial].flatMap((n) => byName.get(n)!.dynamicImports));
    for (const page of lazy) routes.push({ route: page, bytes: sum(staticClosure(page, byName, new Set(initial))) });
  }
  return routes.sort((a, b) => b.bytes - a.bytes);
}

/** The error text for routes over `budget`. */
export function overBudgetMessage(over: readonly RouteSize[], budget = ROUTE_BUDGET_BYTES): string {
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  return `Routes whose JavaScript passes ${kb(budget)} brotli: ${over.map((r) => `${r.route} ${kb(r.bytes)}`).join(', ')} — import only what the page uses, or load it lazily`;
}

/** The Vite plugin. */
export function routeBudget(budget = ROUTE_BUDGET_BYTES): Plugin {
  return {
    name: 'bole-route-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: RouteChunk[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const bytes = brotliCompressSync(item.code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
        chunks.push({ fileName: item.fileName, bytes, isEntry: item.isEntry, imports: item.imports, dynamicImports: item.dynamicImports });
      }
      const sizes = routeSizes(chunks);
      const entry = sizes.find((r) => chunks.some((c) => c.isEntry && c.fileName === r.route));
      const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
      this.info(
        `JavaScript per route (brotli): entry ${entry ? kb(entry.bytes) : '?'}; heaviest ${sizes
          .slice(0, 3)
          .map((r) => `${r.route} ${kb(r.bytes)}`)
          .join(', ')}`,
      );
      const over = sizes.filter((r) => r.bytes > budget);
      if (over.length > 0) this.error(overBudgetMessage(over, budget));
    },
  };
}
