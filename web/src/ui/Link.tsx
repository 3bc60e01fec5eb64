/**
 * An internal link: a real <a href> (so it can be opened in a new tab) that navigates without a reload.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { basePath, navigate } from '../routing/address.ts';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path from the site's root ("/gemeente/GM0363"); the base path is put in front. */
  to: string;
};

export function Link({ to, onClick, ...rest }: Props) {
  const href = to.startsWith('/') ? `${basePath().slice(0, -1)}${to}` : to;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}
