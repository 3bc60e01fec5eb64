/** Types of cli-bundle.mjs (plain JavaScript: it runs before anything compiles TypeScript). */
export interface BundleOptions {
  /** Folder that import paths, tsconfig.json and package.json are relative to; the inputs are listed relative to it. */
  root: string;
  /** The TypeScript entry, relative to root. */
  entry: string;
  /** Where stamp and bundles live; keep it inside root so packages resolve from root's node_modules. */
  cacheDir: string;
  /** Packages bundled in, with their own dependencies; all other packages stay imports resolved by Node at run time. */
  packages?: readonly string[];
  /** Dependencies of bundled packages that stay imports all the same (native addons). */
  external?: readonly string[];
  /** Entries of worker threads (relative to root), each bundled into its own .mjs beside the entry's bundle. */
  workers?: readonly string[];
  /** Project files (relative to root) allowed to use import.meta: they find the worker bundles beside their own. */
  selfLocating?: readonly string[];
}

export interface Bundle {
  /** Absolute path of the bundled ESM file (a source map beside it). */
  file: string;
  /** How many source files went into it. */
  inputs: number;
  /** False when the cached bundle was up to date. */
  rebuilt: boolean;
  /** Time spent checking (and rebuilding), ms. */
  ms: number;
}

export function ensureBundle(options: BundleOptions): Promise<Bundle>;

export const PIPELINE_CLI_ENTRY: string;

export function pipelineCliBundle(root: string, cacheDir?: string): Promise<Bundle>;
