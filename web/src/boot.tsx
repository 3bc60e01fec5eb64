/**
 * The app itself, imported by main.tsx once the first map's files are on their way.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
// MapLibre's rules here, not with the lazy map page: the app's (map.css) override some of them with the same
// specificity, so they must come first in the cascade on every page.
import 'maplibre-gl/dist/maplibre-gl.css';
// After App, so the app's rules come after MapLibre's and the components' in the cascade, as they always did.
import './styles/app.css';

export function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
