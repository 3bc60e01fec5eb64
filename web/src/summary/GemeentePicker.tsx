/**
 * /gemeente without a (known) code: search a gemeente, or pick one of the largest.
 */
import { useMemo } from 'react';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { navigate } from '../routing/address.ts';
import { routePath } from '../routing/router.ts';
import { tableEntries } from '../search/region-entries.ts';
import { Search } from '../search/Search.tsx';
import { Link } from '../ui/Link.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** The summary's path from the site root, for <Link to>. */
export const summaryPath = (code: string | null): string => routePath({ page: 'gemeente', code }, '/');

/** `onChoose` hears a gemeente chosen, before its summary is opened (to start reading the summary's files). */
export function GemeentePicker({ gemeente, unknown, onChoose }: { gemeente: RegionTable; unknown: string | null; onChoose?: (code: string) => void }) {
  const entries = useMemo(() => tableEntries(gemeente), [gemeente]);
  const largest = useMemo(() => [...entries].sort((a, b) => b.population - a.population).slice(0, 4), [entries]);
  useDocumentTitle(`${t('nav.gemeente')} — ${t('app.title')}`);
  return (
    <main id="main" className="page gemeente-page gemeente-picker" tabIndex={-1} data-testid="gemeente-picker">
      <h1>{t('nav.gemeente')}</h1>
      {unknown && <p className="missing">{t('summary.notFound', { code: unknown })}</p>}
      <p>{t('summary.pick.intro')}</p>
      <Search
        entries={entries}
        complete
        onChoose={(e) => {
          onChoose?.(e.code);
          navigate(routePath({ page: 'gemeente', code: e.code }));
        }}
        label={t('summary.pick.label')}
        placeholder={t('summary.pick.placeholder')}
        testId="gemeente-search"
      />
      <p className="muted">
        {t('summary.pick.examples')}{' '}
        {largest.map((e, i) => (
          <span key={e.code}>
            {i > 0 && ', '}
            <Link to={summaryPath(e.code)} onClick={() => onChoose?.(e.code)}>
              {e.name}
            </Link>
          </span>
        ))}
      </p>
    </main>
  );
}
