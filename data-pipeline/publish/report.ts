import { LEVELS, type Manifest } from '@atlas/contract';
import type { Progress } from '../progress.ts';

/** The closing summary of a build: files, regions per level, theme coverage and join results. */
export function reportBuild(progress: Progress, outDir: string, manifest: Manifest, seconds: number): void {
  const totalBytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
  progress.line('');
  progress.line(`Built ${outDir} in ${seconds.toFixed(1)} s: ${manifest.files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB`);
  for (const level of manifest.levels) progress.line(`  ${level.id.padEnd(9)} ${String(level.rows).padStart(6)} regions, ${level.withGeometry} with geometry`);
  for (const theme of manifest.themes) {
    progress.line(`  theme ${theme.id.padEnd(24)} scored: ${LEVELS.map((l) => `${l} ${theme.coverage[l] ?? 0}`).join(', ')}`);
  }
  for (const join of manifest.joins)
    progress.line(`  join ${join.sourceId} → ${join.level}: ${join.matched} matched, ${join.unmatched} not comparable (${join.rule})`);
}
