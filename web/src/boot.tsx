/**
 * The app itself, imported by main.tsx once the first map's files are on their way.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
// After App, so the app's rules come after MapLibre's and the components' in the cascade, as they always did.
import './styles/app.css';

export function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
