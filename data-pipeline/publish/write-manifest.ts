import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataFile, manifestSchema, type Manifest } from '@atlas/contract';
import type { BuildDescription } from './manifest.ts';
import { publishedJson, type OutputFolder } from './output-folder.ts';

/** Last step: manifest.json, listing every file written before it, checked against the contract's schema. */
export async function writeManifest(out: OutputFolder, description: BuildDescription): Promise<Manifest> {
  const manifest = manifestSchema.parse({ ...description, files: [...out.files] });
  await writeFile(join(out.dir, dataFile.manifest), publishedJson(manifest));
  return manifest;
}
