/**
 * The bar above the map: the theme tabs, the level switch, map or table, and whatever else the page puts at
 * its end (the export menu).
 */
import type { ReactNode } from 'react';
import { LEVELS, type ThemeId, type ThemeManifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { ThemeTabs } from '../theme-panel/ThemeTabs.tsx';
import { Segmented, type SegmentOption } from '../ui/Segmented.tsx';
import type { LevelChoice, ViewMode } from './map-url-state.ts';

interface Props {
  themes: readonly ThemeManifest[];
  /** Null while the map draws something else (a query from /analyse). */
  theme: ThemeId | null;
  /** The element the theme tabs control. */
  panelId: string;
  level: LevelChoice;
  mode: ViewMode;
  onTheme(id: ThemeId): void;
  onLevel(level: LevelChoice): void;
  onMode(mode: ViewMode): void;
  children?: ReactNode;
}

const LEVEL_OPTIONS: readonly SegmentOption<LevelChoice>[] = [
  { value: 'auto', label: t('level.auto'), hint: t('level.auto.hint'), testId: 'level-auto' },
  ...LEVELS.map((l) => ({ value: l, label: t(`level.${l}`), testId: `level-${l}` })),
];

const MODE_OPTIONS: readonly SegmentOption<ViewMode>[] = [
  { value: 'kaart', label: t('view.map'), testId: 'view-map' },
  { value: 'tabel', label: t('view.table'), testId: 'view-table' },
];

export function MapToolbar({ themes, theme, panelId, level, mode, onTheme, onLevel, onMode, children }: Props) {
  return (
    <div className="toolbar">
      <ThemeTabs themes={themes} active={theme} panelId={panelId} onChange={onTheme} />
      <div className="toolbar-right">
        <Segmented<LevelChoice> label={t('level.label')} value={level} onChange={onLevel} options={LEVEL_OPTIONS} />
        <Segmented<ViewMode> label={t('view.label')} value={mode} onChange={onMode} options={MODE_OPTIONS} />
        {children}
      </div>
    </div>
  );
}
