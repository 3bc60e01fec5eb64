import { fileURLToPath } from 'node:url';

/** The shared packages by import name, for Vite and Vitest (tsc and tsx read the same from tsconfig.json). */
export const ATLAS_ALIASES = {
  '@atlas/contract': fileURLToPath(new URL('./contract/index.ts', import.meta.url)),
  '@atlas/maths': fileURLToPath(new URL('./maths/index.ts', import.meta.url)),
};
