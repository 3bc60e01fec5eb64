import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INDICATORS } from '../indicators/catalog/indicators.ts';
import { SOURCES } from '../indicators/catalog/sources.ts';
import { THEMES } from '../indicators/catalog/themes.ts';
import type { IndicatorDefinition } from '../indicators/catalog/types.ts';
import { loadRegions, loadSourceTable, openDb } from './compute/duckdb.ts';
import { computeIndicator, type IndicatorResult } from './compute/indicator-values.ts';
import { scoreIndicator, scoreTheme, type IndicatorScores, type ThemeCell } from './compute/scores.ts';
import { publishGeometry } from './publish/publish-geometry.ts';
import { sha256Of } from './io/files.ts';
import { createProgress, type Progress } from './progress.ts';
import { publishedTable } from './publish/columns.ts';
import { withAtomicDirectory } from './publish/atomic-dir.ts';
import { LEVELS, dataFile, manifestSchema, type Aggregate, type IndicatorId, type Level, type Manifest, type PublishedFile, type ThemeId } from '@atlas/contract';
import { buildManifest } from './publish/manifest.ts';
import { buildRegionTable } from './publish/region-table.ts';
import { similarGemeenten } from './compute/similar-gemeenten.ts';
import { validateRegionTable } from './publish/validate-output.ts';
import { toArrowIpc } from './publish/write-arrow.ts';
import { writeParquet } from './publish/write-parquet.ts';
import { RawFolder } from './sources/raw-folder.ts';
import { prepareTables, readAllSources, registerFrom } from './sources/read-all.ts';

export const PIPELINE_VERSION = '0.1.0';

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  progress?: Progress;
  now?: Date;
}

export interface BuildResult {
  manifest: Manifest;
  seconds: number;
}

/** Read every source, validate, compute indicators and scores, and publish atomically into outDir. */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const progress = options.progress ?? createProgress();
  const raw = new RawFolder(options.rawDir);

  const sources = await progress.stage(
    'read sources',
    () => readAllSources(raw),
    (s) => `${s.list.length} regions listed, ${raw.filesRead} files`,
  );

  const register = await progress.stage(
    'region register 2024',
    async () => registerFrom(raw, sources),
    (r) => LEVELS.map((level) => `${r.byLevel[level].length} ${level}`).join(', '),
  );

  const { tables, joins, trendSeries } = await progress.stage(
    'validate codes and join years',
    async () => prepareTables(sources, register),
    (r) => r.joins.map((j) => `${j.table} ${j.matched}/${j.matched + j.unmatched}`).join(', '),
  );

  const availableSources = new Set<string>(SOURCES.filter((s) => !('optional' in s) || (s.id === 'recreatiewoningen' && sources.recreatie)).map((s) => s.id));
  const indicators: IndicatorDefinition[] = (INDICATORS as readonly IndicatorDefinition[])
    .filter((indicator) => indicator.sources.every((id) => availableSources.has(id)))
    .map((indicator) => (indicator.id === 'recreatiewoningen' && sources.recreatie ? { ...indicator, year: sources.recreatie.year } : indicator));
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const themes = THEMES.map((theme) => ({ ...theme, indicators: theme.indicators.filter((entry) => indicatorIds.has(entry.id)) }));

  const { db, close } = await openDb();
  try {
    const results = await progress.stage(
      'compute indicators (DuckDB)',
      async () => {
        await loadRegions(db, register.byCode.values());
        for (const table of tables) await loadSourceTable(db, table);
        const rowsByTable = new Map(tables.map((t) => [t.name, new Map(t.rows.map((row) => [row.code, row]))]));
        const computed: IndicatorResult[] = [];
        for (const indicator of indicators) computed.push(await computeIndicator(db, indicator, register, rowsByTable));
        return computed;
      },
      (r) => `${r.length} indicators, ${r.reduce((n, i) => n + Object.keys(i.levels).length, 0)} indicator-levels`,
    );

    const scored = await progress.stage(
      'percentiles and theme scores',
      async () => {
        const perLevel = new Map<Level, { scores: Map<IndicatorId, IndicatorScores>; themes: Map<ThemeId, Map<string, ThemeCell>> }>();
        for (const level of LEVELS) {
          const scores = new Map<IndicatorId, IndicatorScores>();
          for (const result of results) {
            const indicator = indicators.find((i) => i.id === result.id)!;
            const s = scoreIndicator(result, level, indicator.direction, register);
            if (s) scores.set(result.id, s);
          }
          const themeCells = new Map(themes.map((theme) => [theme.id, scoreTheme(theme, level, scores, register)]));
          perLevel.set(level, { scores, themes: themeCells });
        }
        return perLevel;
      },
      (perLevel) =>
        themes
          .map((t) => `${t.id}: ${LEVELS.map((l) => [...perLevel.get(l)!.themes.get(t.id)!.values()].filter((c) => c.score !== null).length).join('/')}`)
          .join(', '),
    );

    const similar = await progress.stage(
      'vergelijkbare gemeenten',
      async () => similarGemeenten(register, results),
      (m) => `${m.size} gemeenten, 5 each`,
    );

    const manifest = await withAtomicDirectory(options.outDir, async (tempDir) => {
      const files: PublishedFile[] = [];
      const write = async (path: string, data: Uint8Array | string, kind: PublishedFile['kind'], level?: Level | Aggregate) => {
        const full = join(tempDir, path);
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, data);
        const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
        files.push({ path, kind, bytes, sha256: sha256Of(data), ...(level ? { level } : {}) });
      };

      const geometry = await progress.stage(
        'geometry (mapshaper)',
        () => publishGeometry(raw, register, write),
        (g) => LEVELS.map((l) => `${l} ${g.features[l]}`).join(', ') + ` (${g.notes.length} notes)`,
      );

      await progress.stage(
        'region tables (Arrow + Parquet)',
        async () => {
          for (const level of LEVELS) {
            const out = scored.get(level)!;
            const table = buildRegionTable(register, {
              level,
              indicators: results,
              scores: out.scores,
              themes: out.themes,
              withGeometry: geometry.codes[level],
              similar: level === 'gemeente' ? similar : new Map(),
            });
            validateRegionTable(table, level, register.byLevel[level].length, results.map((r) => r.id), themes.map((t) => t.id));
            await write(dataFile.arrow(level), toArrowIpc(table), 'table-arrow', level);
            const parquetPath = join(tempDir, dataFile.parquet(level));
            await writeParquet(db, table, parquetPath);
            const bytes = await readFile(parquetPath);
            files.push({ path: dataFile.parquet(level), kind: 'table-parquet', level, bytes: bytes.byteLength, sha256: sha256Of(bytes) });
          }
          const trends = publishedTable('trends', [
            { name: 'code', type: 'string', values: trendSeries.map((p) => p.code) },
            { name: 'name', type: 'string', values: trendSeries.map((p) => p.name) },
            { name: 'series', type: 'category', values: trendSeries.map((p) => p.series) },
            { name: 'year', type: 'int32', values: trendSeries.map((p) => p.year) },
            { name: 'value', type: 'float64', values: trendSeries.map((p) => p.value) },
          ]);
          await write(dataFile.trendsArrow, toArrowIpc(trends), 'trends-arrow');
          const trendsParquet = join(tempDir, dataFile.trendsParquet);
          await writeParquet(db, trends, trendsParquet);
          const bytes = await readFile(trendsParquet);
          files.push({ path: dataFile.trendsParquet, kind: 'trends-parquet', bytes: bytes.byteLength, sha256: sha256Of(bytes) });
        },
        () => `${files.filter((f) => f.kind.startsWith('table')).length} table files, ${trendSeries.length} trend points`,
      );

      const built = buildManifest({
        now: options.now ?? new Date(),
        pipelineVersion: PIPELINE_VERSION,
        raw,
        register,
        indicators,
        results,
        themes,
        themeScores: new Map(LEVELS.map((level) => [level, scored.get(level)!.themes])),
        joins,
        geometry,
        trendYears: [...new Set(trendSeries.map((p) => p.year))].sort((a, b) => a - b),
        files,
        recreatieAvailable: sources.recreatie !== null,
      });
      const parsed = manifestSchema.parse(built);
      await writeFile(join(tempDir, dataFile.manifest), `${JSON.stringify(parsed, null, 2)}\n`);
      return parsed;
    });

    const seconds = (performance.now() - started) / 1000;
    const totalBytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
    progress.line('');
    progress.line(`Built ${options.outDir} in ${seconds.toFixed(1)} s: ${manifest.files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB`);
    for (const level of manifest.levels) progress.line(`  ${level.id.padEnd(9)} ${String(level.rows).padStart(6)} regions, ${level.withGeometry} with geometry`);
    for (const theme of manifest.themes) {
      progress.line(`  theme ${theme.id.padEnd(24)} scored: ${LEVELS.map((l) => `${l} ${theme.coverage[l] ?? 0}`).join(', ')}`);
    }
    for (const join of manifest.joins) progress.line(`  join ${join.sourceId} → ${join.level}: ${join.matched} matched, ${join.unmatched} not comparable (${join.rule})`);
    return { manifest, seconds };
  } finally {
    close();
  }
}
