import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ATLAS_ALIASES } from './aliases.ts';
import { CONTENT_SECURITY_POLICY } from './server/content-security-policy.ts';
import { LICENCE_FILE, licenceNotices } from './server/licence-notices.ts';

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * `ATLAS_BENCH_BUILD=1 vite build|preview` (set only by `npm run bench`): the production build plus the
 * benchmark baseline page, in its own folder. An environment flag rather than a Vite mode, so the bench
 * bundle is built with the production env files like the shipped one.
 */
export const BENCH_BUILD_ENV = 'ATLAS_BENCH_BUILD';
export const BENCH_OUT_DIR = 'dist-bench';
const bench = process.env[BENCH_BUILD_ENV] === '1';

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  // Licence texts of every bundled package (Vite's build.license) plus their NOTICE files, in dist/LICENSES.md.
  plugins: [react(), licenceNotices()],
  resolve: { alias: ATLAS_ALIASES },
  build: {
    outDir: bench ? `../${BENCH_OUT_DIR}` : '../dist',
    emptyOutDir: true,
    license: { fileName: LICENCE_FILE },
    chunkSizeWarningLimit: 2000,
    // The production build is the app alone; the bench build adds the baseline page so both are measured from one server.
    rollupOptions: { input: { main: 'web/index.html', ...(bench ? { baseline: 'web/bench/baseline.html' } : {}) } },
  },
  server: { headers: securityHeaders },
  preview: { headers: securityHeaders },
  worker: { format: 'es' },
});
