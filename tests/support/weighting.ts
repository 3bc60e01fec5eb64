/**
 * Custom weights for tests that must change theme scores on given levels: a weight changes scores only on the
 * levels its indicator is on (weights/rescore.ts), so the indicator is chosen among those the levels all have.
 */
import type { Level, Manifest, ThemeManifest } from '@atlas/contract';

/** The theme's first indicator that every one of `levels` has. */
export function indicatorOnLevels(manifest: Manifest, theme: ThemeManifest, levels: readonly Level[]): ThemeManifest['indicators'][number] {
  const has = (id: string) => levels.every((l) => manifest.indicators.find((i) => i.id === id)?.levels.some((x) => x.level === l));
  const ref = theme.indicators.find((r) => has(r.id));
  if (!ref) throw new Error(`theme ${theme.id} has no indicator on ${levels.join(', ')}`);
  return ref;
}

/** A ?weging= value that changes every theme's scores of the gemeenten and of the wijken. */
export function everyThemeWeging(manifest: Manifest): string {
  return manifest.themes
    .map((th) => {
      const ref = indicatorOnLevels(manifest, th, ['gemeente', 'wijk']);
      return `${th.id}.${ref.id}:${ref.weight >= 5 ? 1 : ref.weight + 1}`;
    })
    .join(',');
}
