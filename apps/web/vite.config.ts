import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkSizeLimit } from './build/chunk-size-limit';
import { precompress } from './build/precompress';
import { routeBudget } from './build/route-budget';

/**
 * In production the API server serves `dist/` (SPA fallback) and the API under `/api`.
 * In development Vite serves the app and proxies `/api` to a server on port 3000.
 */
export default defineConfig({
  // Every chunk under 500 kB, every route's JavaScript under 300 kB gzip; .br and .gz written beside each file.
  plugins: [react(), chunkSizeLimit(), routeBudget(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.BOLE_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every chunk stays under 500 kB: the build fails otherwise (build/chunk-size-limit.ts).
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // ECharts' renderer (zrender), the router and query libraries and the contracts in chunks
        // of their own keep the chart's chunk and the entry chunk under the limit.
        advancedChunks: {
          groups: [
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|@tanstack)[\\/]/ },
            // The shared contracts (schemas and the domain label catalogue) with zod.
            { name: 'contracts', test: /packages[\\/]contracts[\\/]|node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
