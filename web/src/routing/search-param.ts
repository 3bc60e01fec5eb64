/** One query parameter set or removed, for the parameters several pages write into the same address. */

/** Query string text as the atlas writes it: the weights' ':' and ',' readable, not %3A and %2C. */
export const readableQuery = (params: URLSearchParams): string => params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** `search` (with or without '?') with `key` set to `value`, or removed for null; '?…', or '' when nothing is left. */
export function withParam(search: string, key: string, value: string | null): string {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (value === null) p.delete(key);
  else p.set(key, value);
  const q = readableQuery(p);
  return q ? `?${q}` : '';
}
