import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * In production the API server serves `dist/` (SPA fallback) and the API under `/api`.
 * In development Vite serves the app and proxies `/api` to a server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.BOLE_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
