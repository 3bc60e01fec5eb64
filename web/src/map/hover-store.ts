/**
 * Hover state lives outside React's tree state, so moving the mouse re-renders only the tooltip.
 */
import { useSyncExternalStore } from 'react';

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

let current: HoverInfo | null = null;
const listeners = new Set<() => void>();

export function setHover(next: HoverInfo | null): void {
  if (next === current || (next && current && next.code === current.code && next.x === current.x && next.y === current.y)) return;
  current = next;
  for (const l of listeners) l();
}

export function useHover(): HoverInfo | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => null,
  );
}
