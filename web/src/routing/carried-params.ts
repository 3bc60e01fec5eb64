/**
 * Parameters that go with the reader from page to page: the custom weights. A map made with "Eigen weging" led by
 * its profile's "Gemeenteprofiel" (or the header's "Vergelijk") to the standard scores, and a one-pager printed with
 * custom weights named a web address with other numbers. Every internal link now carries them, unless it sets
 * them itself. The map page's own state parameters stay its own (weights/foreign-params.ts).
 */

import { readableQuery } from './search-param.ts';

/** "Eigen weging" (weights/weights-url.ts reads and writes its value). */
export const WEIGHTS_PARAM = 'weging';
const CARRIED = [WEIGHTS_PARAM] as const;

const ownSite = (href: string): boolean =>
  (href.startsWith('/') && !href.startsWith('//')) || (typeof location !== 'undefined' && href.startsWith(`${location.origin}/`));

/** `href` (an address of this site, with or without a query) with the carried parameters of `search` it does not set. */
export function withCarriedParams(href: string, search: string): string {
  if (!ownSite(href)) return href;
  const from = new URLSearchParams(search);
  const carried = CARRIED.flatMap((key) => {
    const value = from.get(key);
    return value === null ? [] : [[key, value] as const];
  });
  if (carried.length === 0) return href;
  const hashAt = href.indexOf('#');
  const [path, hash] = hashAt < 0 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = path.indexOf('?');
  const params = new URLSearchParams(queryAt < 0 ? '' : path.slice(queryAt + 1));
  for (const [key, value] of carried) if (!params.has(key)) params.set(key, value);
  const query = readableQuery(params);
  return `${queryAt < 0 ? path : path.slice(0, queryAt)}?${query}${hash}`;
}
