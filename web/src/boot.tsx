/**
 * The app itself, imported by main.tsx once the first map's files are on their way.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
// MapLibre's rules here, not with its code: that chunk (map/maplibre-runtime.ts) loads after the app's CSS, and the
// app's rules (map.css: .map-canvas against .maplibregl-map) override MapLibre's with the same specificity, so
// MapLibre's must come first in the cascade.
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
