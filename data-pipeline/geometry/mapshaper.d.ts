/**
 * The small part of mapshaper's Node API this folder uses (mapshaper ships no typings).
 * `applyCommands` runs a command string against in-memory input files (name → content) and resolves
 * with the output files of every `-o` command (name → content; text formats come back as strings).
 */
declare module 'mapshaper' {
  export type MapshaperFiles = Record<string, string | Uint8Array | object>;

  export function applyCommands(commands: string, input?: MapshaperFiles): Promise<Record<string, string | Uint8Array>>;

  const mapshaper: {
    applyCommands: typeof applyCommands;
  };
  export default mapshaper;
}
