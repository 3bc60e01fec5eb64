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
