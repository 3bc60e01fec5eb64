/**
 * The selected region's profile in the map page's side column: a gemeente, wijk or buurt from its level's
 * table (RegionProfile), or a politie-eenheid / RIEC-regio, veiligheidsregio or provincie summed from
 * gemeente counts in memory (AggregateProfile).
 */
import type { ReactNode } from 'react';
import type { Level } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { levelOfCode } from '../data/regions.ts';
import { t } from '../i18n/nl.ts';
import type { AggregateIndex } from '../map/use-map-layers.ts';
import { AggregateProfile } from './AggregateProfile.tsx';
import type { ProfileProps } from './profile-props.ts';
import { ProfileShell } from './ProfileShell.tsx';
import { RegionProfile } from './RegionProfile.tsx';

interface Props extends ProfileProps {
  tables: Partial<Record<Level, RegionTable>>;
  aggregates: AggregateIndex;
  code: string | null;
  /** Shown under a region's theme score (the buurten of a wijk, where there is no buurt map). */
  children?: ReactNode;
}

export function ProfilePanel({ tables, aggregates, code, children, ...props }: Props) {
  if (!code) {
    return (
      <aside className="profile profile-empty" data-testid="profile" aria-label={t('profile.title')}>
        <p>{t('profile.empty')}</p>
      </aside>
    );
  }
  const level = levelOfCode(code);
  const aggregate = level ? undefined : aggregates.get(code);
  const table = level ? tables[level] : undefined;
  const row = table?.row(code);
  if (level && table && row !== undefined) {
    return (
      <RegionProfile {...props} table={table} row={row} level={level} childTable={level === 'gemeente' ? (tables.wijk ?? null) : (tables.buurt ?? null)}>
        {children}
      </RegionProfile>
    );
  }
  if (aggregate) return <AggregateProfile {...props} code={code} kind={aggregate.kind} name={aggregate.name} members={aggregate.members} />;
  // Politie-eenheden, veiligheidsregio's and provincies are known from the gemeente table: until it is in, a link
  // to one is loading, not unknown.
  const loading = level ? !table : aggregates.size === 0;
  return (
    <ProfileShell id={code} title={code} kicker={level ? t(`level.${level}`) : t('profile.title')} onClose={props.onClose}>
      {loading ? <p className="muted">{t('app.loading')}</p> : <p>{t('profile.notFound', { code })}</p>}
    </ProfileShell>
  );
}
