/**
 * An internal link: a real <a href> (so it can be opened in a new tab) that navigates without a reload. It takes
 * the custom weights along (routing/carried-params.ts): added when followed, and to its href when pointed at or
 * focused, so a new tab gets them too; rendering every link anew on every change of the address would cost more.
 */
import type { AnchorHTMLAttributes, FocusEvent, MouseEvent, PointerEvent } from 'react';
import { basePath, currentSearch, navigate } from '../routing/address.ts';
import { withCarriedParams } from '../routing/carried-params.ts';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path from the site's root ("/gemeente/GM0363"); the base path is put in front. */
  to: string;
};

export function Link({ to, onClick, onPointerEnter, onFocus, ...rest }: Props) {
  const href = to.startsWith('/') ? `${basePath().slice(0, -1)}${to}` : to;
  const carry = (a: HTMLAnchorElement): void => {
    a.href = withCarriedParams(href, currentSearch());
  };
  return (
    <a
      {...rest}
      href={href}
      onPointerEnter={(e: PointerEvent<HTMLAnchorElement>) => {
        onPointerEnter?.(e);
        carry(e.currentTarget);
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        carry(e.currentTarget);
      }}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        carry(e.currentTarget);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(withCarriedParams(href, currentSearch()));
      }}
    />
  );
}
