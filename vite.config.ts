import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { ATLAS_ALIASES } from './aliases.ts';
import { CONTENT_SECURITY_POLICY } from './server/content-security-policy.ts';
import { LICENCE_FILE, licenceNotices } from './server/licence-notices.ts';
import { MAP_PAGE, MAP_PAGE_HTML, OTHER_PAGES_HTML, PAGE_LINK_ATTRIBUTE, shellsFor, withoutMapPageLinks } from './server/app-shells.ts';
import { isAppRoute, parseRequestPath } from './server/request-path.ts';

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

/**
 * The entry (web/src/main.tsx) is tiny and brings the app in by dynamic import, so the data files it preloads
 * are requested before the app's code is evaluated. Vite lists only an entry's static imports as
 * modulepreload links; this adds the app's chunks (the dynamic import web/src/boot.tsx and its static
 * imports) and their stylesheets to index.html, so the browser asks for them while parsing the page instead
 * of one round trip later, when main.tsx runs. Every route needs them (boot.tsx is the whole app shell).
 *
 * MapLibre (the dynamic import web/src/map/maplibre-runtime.ts, 1 MB) is preloaded the same way, but only in
 * index.html, the map page's shell (/): page.html, the shell of every other route (server/app-shells.ts), is the
 * same page without those links, so a summary or /vergelijk does not download or compile it up front.
 */
function preloadAppChunks(appModule = '/web/src/boot.tsx', mapModule = '/web/src/map/maplibre-runtime.ts'): Plugin {
  let base = '/';
  return {
    name: 'atlas-preload-app-chunks',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule) && entry.dynamicImports.includes(c.fileName));
        if (!app) return;
        const mapLibre = chunks.find((c) => c.facadeModuleId?.endsWith(mapModule));
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const seen = new Set<string>([entry.fileName, ...entry.imports]);
        // a copy: Vite's own record of the entry's CSS is left as it is
        const linked = new Set(entry.viteMetadata?.importedCss);
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
        /** Links for a chunk and its static imports, less those linked already; `page` marks the links only it needs. */
        const closure = (root: Rollup.OutputChunk, page?: string): HtmlTagDescriptor[] => {
          const scripts: string[] = [];
          const styles: string[] = [];
          const visit = (chunk: Rollup.OutputChunk): void => {
            if (seen.has(chunk.fileName)) return;
            seen.add(chunk.fileName);
            scripts.push(chunk.fileName);
            chunk.viteMetadata?.importedCss.forEach((css) => {
              if (!linked.has(css)) styles.push(css);
              linked.add(css);
            });
            chunk.imports.forEach((name) => {
              const next = byName.get(name);
              if (next) visit(next);
            });
          };
          visit(root);
          const marked = page ? { [PAGE_LINK_ATTRIBUTE]: page } : {};
          return [
            ...scripts.map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${file}`, ...marked })),
            ...styles.map((file) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}`, ...marked })),
          ];
        };
        return [...closure(app), ...(mapLibre ? closure(mapLibre, MAP_PAGE) : [])];
      },
    },
    // Written beside index.html once Vite's HTML plugin has made it (the post transformIndexHtml above runs
    // inside that plugin's generateBundle, after ours would).
    writeBundle(options, bundle) {
      const index = bundle[MAP_PAGE_HTML];
      if (index?.type !== 'asset' || !options.dir) return;
      const html = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      writeFileSync(join(options.dir, OTHER_PAGES_HTML), withoutMapPageLinks(html));
    },
    // `vite preview` (npm start, the e2e tests) answers app routes as the production servers do.
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      const { base: prefix } = server.config;
      server.middlewares.use((req, _res, next) => {
        // under a base (vite build --base /atlas/) the routes are the paths below it
        const parsed = req.url?.startsWith(prefix) ? parseRequestPath(`/${req.url.slice(prefix.length)}`) : null;
        const shell = parsed?.ok && isAppRoute(parsed.segments) ? shellsFor(parsed.segments).find((name) => existsSync(join(dir, name))) : undefined;
        if (shell) req.url = `${prefix}${shell}`;
        next();
      });
    },
  };
}

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  // Licence texts of every bundled package (Vite's build.license) plus their NOTICE files, in dist/LICENSES.md.
  plugins: [react(), licenceNotices(), preloadAppChunks()],
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
