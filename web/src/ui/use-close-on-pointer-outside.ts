/**
 * Closes an open disclosure (a toggle button and the panel it opens) when the pointer goes down anywhere
 * else, as a click elsewhere should; a press on the toggle itself is left to the toggle's own click.
 */
import { useEffect, type RefObject } from 'react';

export function useCloseOnPointerOutside(
  open: boolean,
  setOpen: (open: boolean) => void,
  toggle: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, setOpen, toggle, panel]);
}
