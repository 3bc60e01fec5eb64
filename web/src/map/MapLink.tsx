/**
 * A link to the map page that fetches MapLibre's code (its own chunk, 250 kB compressed) when the reader points at
 * it or tabs to it, so the map is drawn sooner after the click. Only the code: its worker starts on the map page.
 */
import type { ComponentProps, FocusEvent, PointerEvent } from 'react';
import { Link } from '../ui/Link.tsx';
import { prefetchMapLibre } from './maplibre-loader.ts';

export function MapLink({ onPointerEnter, onFocus, ...rest }: ComponentProps<typeof Link>) {
  return (
    <Link
      {...rest}
      onPointerEnter={(e: PointerEvent<HTMLAnchorElement>) => {
        onPointerEnter?.(e);
        prefetchMapLibre();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        prefetchMapLibre();
      }}
    />
  );
}
