/** How the layer routes (split-gaps.ts, clean-layer.ts) call mapshaper: a queued applyCommands (prepare-level-geometry.ts). */
export type Run = (commands: string, files: Record<string, string>) => Promise<Record<string, string | Uint8Array>>;

/** An output file of a run as text; `what` names it (and the route) when mapshaper wrote none. */
export const outputText = (content: string | Uint8Array | undefined, what: string): string => {
  if (content === undefined) throw new Error(`mapshaper wrote no ${what}`);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
};
