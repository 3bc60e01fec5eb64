/**
 * The site's base path, in a module without React so the tiny entry (main.tsx → ui/page-preloads.ts) can use it
 * without evaluating React before the opened page's data files are requested.
 */

/** The site's base path with a trailing slash: "/" or e.g. "/atlas/" (Vite's `base`). */
export function basePath(): string {
  const base = typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/';
  return base.endsWith('/') ? base : `${base}/`;
}
