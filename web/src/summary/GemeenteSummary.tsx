/**
 * The one-page summary of a gemeente (the sheet under /gemeente/GMxxxx): the gemeente and the regions it lies
 * in, a column per theme, the crime trend, the similar gemeenten, and how to read it with sources and years.
 * Prints to exactly one A4 page (summary.css).
 */
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { hierarchyOf } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { parseSimilar } from '../compare/selection.ts';
import { DEFAULT_STATE, encodeState } from '../map/map-url-state.ts';
import { MapLink } from '../map/MapLink.tsx';
import { currentPageUrl, useSearch } from '../routing/address.ts';
import { withCarriedParams } from '../routing/carried-params.ts';
import { CrimeTrend } from '../trends/CrimeTrend.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Link } from '../ui/Link.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { summaryPath } from './GemeentePicker.tsx';
import { populationLabel } from '../explain/PopulationFact.tsx';
import { SimilarTable } from './SimilarTable.tsx';
import { SummaryFooter } from './SummaryFooter.tsx';
import { SummaryLegend } from './SummaryLegend.tsx';
import { ThemeColumn } from './ThemeColumn.tsx';
import { intervalWithheld } from './theme-significance.ts';
import { useWijken } from './use-wijken.ts';
import { WeightingNote } from '../weights/WeightsBanner.tsx';
import { weightsOf } from '../weights/weighted-atlas.ts';

const WITHOUT_NAMES = 'zonder-wijknamen';
const PRINTED_ADDRESS_MAX = 120;

export function GemeenteSummary({ data, gemeente, row }: { data: AtlasData; gemeente: RegionTable; row: number }) {
  const { manifest, catalogue } = data;
  const code = gemeente.codes[row] ?? '';
  const name = gemeente.names[row] ?? code;
  const { wijken, done, errors } = useWijken(data, code);
  useDocumentTitle(t('summary.docTitle', { name }));

  const similarRows = useMemo(() => parseSimilar(gemeente.string('similar_gemeenten', row)).flatMap((c) => gemeente.row(c) ?? []), [gemeente, row]);
  // One line for the sheet: the views that leave intervals out say the same line for every theme they touch.
  const withheld = manifest.themes.map((theme) => intervalWithheld(gemeente, theme)).find((line) => line !== null) ?? null;
  // The printed address shows these scores: with custom weights, their weights, as long as it stays within the
  // sheet's last two lines (each custom weight adds some 40 characters); a longer one is printed without them and says so.
  const search = useSearch();
  const page = currentPageUrl();
  const carried = withCarriedParams(page, search);
  const url = carried.length <= PRINTED_ADDRESS_MAX ? { href: carried, standard: false } : { href: page, standard: carried !== page };
  const weights = weightsOf(data);
  // ?zonder-wijknamen: a version to share beyond the gemeente, with no wijk named anywhere on the sheet.
  const anonymous = new URLSearchParams(search).has(WITHOUT_NAMES);

  return (
    <main id="main" className="page gemeente-page" tabIndex={-1}>
      {/* Inside the page, so it shares the page's side padding (at phone width it sat against the screen edge). */}
      <WeightingNote manifest={manifest} />
      <div className="summary-tools" data-testid="summary-tools">
        <button type="button" className="button" onClick={() => window.print()} data-testid="summary-print">
          {t('summary.print')}
        </button>
        <span className="muted small">{t('summary.print.hint')}</span>
        <span className="summary-tools-links">
          <MapLink to={`/?${encodeState({ ...DEFAULT_STATE, selection: code })}`}>{t('summary.onMap')}</MapLink>
          <Link to={anonymous ? summaryPath(code) : `${summaryPath(code)}?${WITHOUT_NAMES}`} data-testid="summary-names-toggle">
            {anonymous ? t('summary.withNames') : t('summary.withoutNames')}
          </Link>
          <Link to={summaryPath(null)}>{t('summary.other')}</Link>
        </span>
      </div>
      {errors.length > 0 && <ErrorMessage messages={errors} />}

      <article
        className="summary-sheet"
        data-testid="gemeente-summary"
        data-code={code}
        data-state={done ? 'ready' : 'loading'}
        data-anonymous={anonymous}
        aria-labelledby="summary-title"
      >
        <header className="sum-head">
          <div>
            <p className="kicker">{t('summary.kicker')}</p>
            <h1 id="summary-title">{name}</h1>
          </div>
          <dl className="sum-facts">
            <div>
              <dt>{populationLabel(manifest.population)}</dt>
              <dd data-testid="summary-population">{fmt.integer(gemeente.number('population', row))}</dd>
            </div>
            {hierarchyOf(gemeente, row).map((link) => (
              <div key={link.code}>
                <dt>{t(`level.${link.kind}`)}</dt>
                <dd>{link.name}</dd>
              </div>
            ))}
          </dl>
        </header>
        <p className="sum-disclaimer" data-testid="summary-disclaimer">
          {manifest.disclaimer}
        </p>

        <div className="sum-themes">
          {manifest.themes.map((theme) => (
            <ThemeColumn
              key={theme.id}
              catalogue={catalogue}
              theme={theme}
              gemeente={gemeente}
              row={row}
              similarRows={similarRows}
              wijken={wijken}
              wijkenDone={done}
              anonymous={anonymous}
              weights={weights}
            />
          ))}
        </div>
        <SummaryLegend name={name} withheld={withheld} />
        <p className="sum-handle" data-testid="summary-handle">
          {anonymous ? t('summary.wijken.hidden') : t('summary.wijken.handle')}
        </p>

        <div className="sum-bottom">
          <CrimeTrend data={data} code={code} name={name} width={300} height={104} heading="h2" headingClass="sum-h2" compact />
          <SimilarTable gemeente={gemeente} row={row} similarRows={similarRows} themes={manifest.themes} />
        </div>

        <SummaryFooter manifest={manifest} name={name} url={url} />
      </article>
    </main>
  );
}
