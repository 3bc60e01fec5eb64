/**
 * /gemeente/GMxxxx: one A4 page a burgemeester reads in two minutes (summary/GemeenteSummary.tsx);
 * /gemeente without a known code: a picker.
 */
import { useCallback } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { t } from '../i18n/nl.ts';
import { GemeentePicker } from '../summary/GemeentePicker.tsx';
import { GemeenteSummary } from '../summary/GemeenteSummary.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { startSummaryFiles } from '../ui/page-preloads.ts';
import { useAsync } from '../ui/use-async.ts';
import '../summary/summary.css';

export function GemeentePage({ data, code }: { data: AtlasData; code: string | null }) {
  // The picker reads names, parents and populations only: the first-view slice has them, at a quarter of the bytes.
  // A summary reads the full table (percentiles, counts, similar gemeenten), as does a picker whose slice fails.
  // (Asked again only between picking and a summary: from one summary to another the table stays.)
  const picking = code === null;
  const gemeente = useAsync(
    useCallback(() => (picking ? data.sliceOrTable('gemeente', 'first-view').then(({ table }) => table) : data.table('gemeente')), [data, picking]),
  );
  if (gemeente.error) {
    return (
      <main id="main" className="page gemeente-page" tabIndex={-1}>
        <ErrorMessage messages={[gemeente.error]} onRetry={gemeente.retry} />
      </main>
    );
  }
  if (!gemeente.data) {
    return (
      <main id="main" className="page gemeente-page page-loading" tabIndex={-1}>
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  const row = code ? gemeente.data.row(code) : undefined;
  if (!code || row === undefined) return <GemeentePicker gemeente={gemeente.data} unknown={code} onChoose={() => void startSummaryFiles(data)} />;
  return <GemeenteSummary key={code} data={data} gemeente={gemeente.data} row={row} />;
}
