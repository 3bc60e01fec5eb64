import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Build the whole output in a sibling temp folder and swap it in at the end, so a failed build
 * leaves the previous `public/data/` exactly as it was — never a half-written output.
 */
export async function withAtomicDirectory<T>(target: string, build: (tempDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(target);
  const temp = join(parent, `.${basename(target)}-building-${process.pid}`);
  const old = join(parent, `.${basename(target)}-old-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  let result: T;
  try {
    result = await build(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  await rename(temp, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return result;
}
