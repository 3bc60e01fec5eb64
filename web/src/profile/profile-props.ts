/** What every profile receives. Its own module so ProfilePanel and the two profiles it chooses between do not import each other. */
import type { IndicatorId, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { Display } from '../map/display.ts';
import type { RegionLinks } from './ProfileShell.tsx';

export interface ProfileProps extends RegionLinks {
  data: AtlasData;
  theme: ThemeManifest;
  display: Display;
  onIndicator(id: IndicatorId | null): void;
  onClose(): void;
}
