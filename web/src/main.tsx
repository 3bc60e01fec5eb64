import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installSignals } from './instrumentation/signals.ts';
import { preloadMapFiles } from './ui/map-preloads.ts';
import './styles/app.css';

preloadMapFiles();

const root = document.getElementById('root');
// In test builds the signal recorder must be in place before the first map can be drawn.
void installSignals()
  .catch(() => undefined)
  .then(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
