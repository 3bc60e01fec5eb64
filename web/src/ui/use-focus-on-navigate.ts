/**
 * After following a link to another page, focus goes to that page's heading (or its main region), so a screen
 * reader announces where the user landed and Tab continues from there instead of from <body>. Not on first
 * load, and not when only the query changes (the map keeps its state in the query).
 */
import { useEffect, useRef } from 'react';

const WAIT_MS = 3000;

/** `heading`: the page has an h1 to wait for (the map page has none: its main region takes focus). */
export function useFocusOnNavigate(path: string, heading: boolean): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    const until = performance.now() + WAIT_MS;
    // Pages are code-split and load their data: wait for the heading to exist. Never give up while the page still
    // shows its loading text (.page-loading): that <main> is replaced when the page arrives, and focus with it
    // (on a busy machine a page can take longer than WAIT_MS).
    const tryFocus = (): void => {
      const h1 = heading ? document.querySelector<HTMLElement>('#main h1') : null;
      const loading = document.querySelector('#main.page-loading') !== null;
      const target = h1 ?? (!heading || (!loading && performance.now() > until) ? document.getElementById('main') : null);
      if (!target) {
        frame = requestAnimationFrame(tryFocus);
        return;
      }
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [path, heading]);
}
