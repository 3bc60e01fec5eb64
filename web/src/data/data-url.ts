/**
 * Where a published file is served, in a module of its own so the entry point (main.tsx → ui/page-preloads.ts)
 * can name the opened page's files without pulling in the fetch and checksum code.
 */

import { basePath } from '../routing/base-path.ts';

/** URL of a published file, relative to the app's base (works when the app is served from a sub-path). */
export const dataUrl = (path: string): string => `${basePath()}data/${path}`;
