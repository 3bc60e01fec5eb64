/**
 * The entry point is kept tiny on purpose: it asks for the opened page's data files (the first map's, a gemeente summary's) before the browser has
 * fetched and evaluated the app's code (React, the contract …; MapLibre on the map page), so the data and the code arrive
 * side by side instead of one after the other. The app comes in by dynamic import (boot.tsx).
 */
import { installSignals } from './instrumentation/signals.ts';
import { preloadPageFiles } from './ui/page-preloads.ts';

preloadPageFiles();

const root = document.getElementById('root');
// In test builds the signal recorder must be in place before the first map can be drawn.
void Promise.all([import('./boot.tsx'), installSignals().catch(() => undefined)]).then(([boot]) => {
  if (root) boot.renderApp(root);
});
