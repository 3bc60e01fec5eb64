/**
 * Loading and reading the manifest: the app's catalogue of sources, indicators, themes and files.
 */
import {
  absentLevelColumns,
  dataFile,
  levelTableColumns,
  manifestSchema,
  sliceColumns,
  TABLE_SLICE_NAMES,
  type ColumnSpec,
  type IndicatorManifest,
  type Level,
  type Manifest,
  type SourceManifest,
  type TableSlice,
  type ThemeManifest,
} from '@atlas/contract';
import { DataError } from './errors.ts';
import { fetchJson, type Fetcher } from './fetch.ts';

export async function loadManifest(fetcher: Fetcher): Promise<Manifest> {
  const json = await fetchJson(dataFile.manifest, fetcher);
  return parseManifest(json);
}

export function parseManifest(json: unknown): Manifest {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(hoofdniveau)'}: ${i.message}`)
      .join('; ');
    throw new DataError('invalid', dataFile.manifest, issues);
  }
  return parsed.data;
}

/** A level's columns under this manifest (contract/columns.ts), made once per level. */
export interface LevelColumns {
  /** Exactly the columns of its region table, names and types (levelTableColumns). */
  table: readonly ColumnSpec[];
  /** Those of each slice of its table (sliceColumns; published only for the slice's levels). */
  slices: Readonly<Record<TableSlice, readonly ColumnSpec[]>>;
  /** The contract's columns the level leaves out, with what they read as (absentLevelColumns). */
  absent: readonly (ColumnSpec & { fill: string | null })[];
}

export class Catalogue {
  private readonly levelColumnLists = new Map<Level, LevelColumns>();
  private readonly indicators: Map<string, IndicatorManifest>;
  private readonly themes: Map<string, ThemeManifest>;
  private readonly sources: Map<string, SourceManifest>;

  constructor(readonly manifest: Manifest) {
    this.indicators = new Map(manifest.indicators.map((i) => [i.id, i]));
    this.themes = new Map(manifest.themes.map((th) => [th.id, th]));
    this.sources = new Map(manifest.sources.map((s) => [s.id, s]));
  }

  theme(id: string | null): ThemeManifest | undefined {
    return id === null ? undefined : this.themes.get(id);
  }
  indicator(id: string | null): IndicatorManifest | undefined {
    return id === null ? undefined : this.indicators.get(id);
  }
  source(id: string): SourceManifest | undefined {
    return this.sources.get(id);
  }

  /** Indicators of a theme, in the theme's order, with their weights. */
  themeIndicators(theme: ThemeManifest): { indicator: IndicatorManifest; weight: number }[] {
    return theme.indicators.flatMap((ref) => {
      const indicator = this.indicators.get(ref.id);
      return indicator ? [{ indicator, weight: ref.weight }] : [];
    });
  }

  levelInfo(indicator: IndicatorManifest, level: Level): IndicatorManifest['levels'][number] | undefined {
    return indicator.levels.find((l) => l.level === level);
  }

  /** Sources of an indicator on a level (falling back to all its levels' sources). */
  indicatorSources(indicator: IndicatorManifest, level: Level): SourceManifest[] {
    const ids = this.levelInfo(indicator, level)?.sourceIds ?? indicator.levels.flatMap((l) => l.sourceIds);
    return [...new Set(ids)].flatMap((id) => {
      const s = this.sources.get(id);
      return s ? [s] : [];
    });
  }

  /** Whether the level has a map (geometry file listed and regions with geometry). */
  hasGeometry(level: Level): boolean {
    const info = this.manifest.levels.find((l) => l.id === level);
    return !!info && info.withGeometry > 0 && this.publishes(dataFile.geometry(level));
  }

  levelColumns(level: Level): LevelColumns {
    let found = this.levelColumnLists.get(level);
    if (!found) {
      const { indicators } = this.manifest;
      const themes = this.manifest.themes.map((th) => th.id);
      found = {
        table: levelTableColumns(indicators, themes, level),
        slices: Object.fromEntries(TABLE_SLICE_NAMES.map((slice) => [slice, sliceColumns(slice, indicators, themes, level)])) as Record<
          TableSlice,
          ColumnSpec[]
        >,
        absent: absentLevelColumns(indicators, themes, level),
      };
      this.levelColumnLists.set(level, found);
    }
    return found;
  }

  /** Whether the build published this file (a data folder from an older build may lack one). */
  publishes(path: string): boolean {
    return this.manifest.files.some((f) => f.path === path);
  }

  levelNote(level: Level): string | null {
    return this.manifest.levels.find((l) => l.id === level)?.geometryNote ?? null;
  }

  /** Unique attribution lines, in the manifest's order. */
  attributions(): string[] {
    return [...new Set(this.manifest.sources.map((s) => s.attribution.trim()).filter(Boolean))];
  }
}
