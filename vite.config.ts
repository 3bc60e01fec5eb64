import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ATLAS_ALIASES } from './aliases.ts';

/**
 * Content-Security-Policy for every served page: our own origin only. DuckDB-WASM needs
 * 'wasm-unsafe-eval' to compile its module and a worker from our origin; MapLibre needs blob: workers
 * and data:/blob: images for its canvas sprites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  plugins: [react()],
  resolve: { alias: ATLAS_ALIASES },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // The benchmark baseline page ships beside the app so `npm run bench` measures both from one server.
    rollupOptions: { input: { main: 'web/index.html', baseline: 'web/bench/baseline.html' } },
  },
  server: { headers: securityHeaders },
  preview: { headers: securityHeaders },
  worker: { format: 'es' },
});
