/**
 * `npm run serve`: the built app (`dist/`, from `npm run build:web`) as a production static site on
 * http://127.0.0.1:5173. Stored gzip/brotli copies are brought up to date once before listening, never per
 * request.
 *
 *   PORT      port to listen on (default 5173)
 *   HOST      address to bind (default 127.0.0.1; 0.0.0.0 behind a reverse proxy or in a container)
 *   ATLAS_DIST_DIR  the built site (default dist), also the first command-line argument
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDir } from './precompress.ts';
import { staticSite } from './static-site.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const root = resolve(repoRoot, process.argv[2] ?? process.env.ATLAS_DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Geen gebouwde app in ${root}: draai eerst 'npm run build:web'.`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is geen poortnummer.`);
  process.exit(1);
}

const started = Date.now();
try {
  const summary = await precompressDir(root);
  console.log(`Compressed copies: ${summary.written} written, ${summary.fresh} already fresh (${Date.now() - started} ms).`);
} catch (error) {
  // A read-only deployment without stored copies still works, just uncompressed.
  console.warn(`Could not write compressed copies in ${root}; serving uncompressed files:`, error);
}

const server = createServer(staticSite(root));
server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Ondermijningsatlas: http://${host}:${bound}/ (serving ${root})`);
});

function shutdown(): void {
  server.close();
  server.closeAllConnections();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
