/**
 * /analyse: the editor, example queries, run and stop, the result (sortable, exportable) and "Toon op kaart".
 * All of it runs in this browser; the page says so.
 */
import { useState } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { downloadBlob } from '../export/download.ts';
import { CSV_MIME, toCsv } from '../export/csv.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { currentSearch } from '../routing/address.ts';
import { Link } from '../ui/Link.tsx';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { EXAMPLES } from './examples.ts';
import { mapHref, mapTarget } from './map-target.ts';
import { ResultTable } from './ResultTable.tsx';
import { resultExport } from './result-export.ts';
import { SqlEditor } from './SqlEditor.tsx';
import type { QueryResult } from './sql-engine.ts';
import { useQueryRunner } from './use-query-runner.ts';
import './analyse.css';

const initialQuery = (): string => new URLSearchParams(currentSearch()).get(QUERY_PARAM) ?? EXAMPLES[0]?.sql ?? '';

export function AnalyseWorkbench({ data }: { data: AtlasData }) {
  const { manifest } = data;
  const [sql, setSql] = useState(initialQuery);
  const { schema, startError, state, run, cancel } = useQueryRunner(manifest);
  const running = state.kind === 'running';
  const tables = Object.keys(schema);

  return (
    <div className="analyse">
      <h1>{t('analyse.title')}</h1>
      <p className="analyse-privacy" data-testid="analyse-privacy">
        {t('analyse.privacy')}
      </p>
      <p className="muted small" data-testid="analyse-tables">
        {tables.length ? t('analyse.tables', { tables: tables.join(', ') }) : startError ? '' : t('analyse.starting')}
      </p>
      {startError && <ErrorFrame title={t('analyse.startError')} message={startError} />}

      <div className="analyse-examples">
        <label htmlFor="analyse-example">{t('analyse.examples')}</label>
        <select id="analyse-example" value="" onChange={(e) => setSql(e.currentTarget.value)} data-testid="analyse-example">
          <option value="">{t('analyse.examples.choose')}</option>
          {EXAMPLES.map((ex) => (
            <option key={ex.label} value={ex.sql}>
              {ex.label}
            </option>
          ))}
        </select>
      </div>
      <SqlEditor value={sql} schema={schema} onChange={setSql} onRun={() => run(sql)} />
      <div className="analyse-actions">
        <button type="button" className="button" onClick={() => run(sql)} disabled={running || !sql.trim()} data-testid="analyse-run">
          {t('analyse.run')}
        </button>
        {running && (
          <button type="button" onClick={cancel} data-testid="analyse-cancel">
            {t('analyse.cancel')}
          </button>
        )}
        <span className="muted small">{t('analyse.shortcut')}</span>
      </div>

      <section className="analyse-result" aria-live="polite" data-testid="analyse-result" data-state={state.kind}>
        {running && <p role="status">{t('analyse.running')}</p>}
        {state.kind === 'cancelled' && <p role="status">{t('analyse.cancelled')}</p>}
        {state.kind === 'failed' && <ErrorFrame title={t('analyse.error')} message={state.message} />}
        {state.kind === 'done' && <ResultView result={state.result} sql={state.sql} builtAt={manifest.builtAt} />}
      </section>
    </div>
  );
}

function ErrorFrame({ title, message }: { title: string; message: string }) {
  return (
    <div className="analyse-error" role="alert" data-testid="analyse-error">
      <p className="analyse-error-title">{title}</p>
      <pre>{message}</pre>
      <p className="small">{t('analyse.error.hint')}</p>
    </div>
  );
}

function ResultView({ result, sql, builtAt }: { result: QueryResult; sql: string; builtAt: string }) {
  const target = mapTarget(result.columns, result.rows);
  const table = () => resultExport(result, sql, fmt.date(builtAt));
  const csv = () => {
    const tbl = table();
    downloadBlob(new Blob([toCsv(tbl)], { type: CSV_MIME }), `${tbl.baseName}.csv`);
  };
  const parquet = async () => {
    const tbl = table();
    const { PARQUET_MIME, toParquet } = await import('../export/parquet.ts');
    downloadBlob(new Blob([toParquet(tbl)], { type: PARQUET_MIME }), `${tbl.baseName}.parquet`);
  };
  return (
    <>
      <div className="analyse-result-head">
        <p data-testid="analyse-summary">{t('analyse.summary', { rows: fmt.integer(result.rows.length), ms: fmt.integer(result.ms) })}</p>
        {result.rows.length > 0 && (
          <>
            <button type="button" onClick={csv} data-testid="analyse-csv">
              {t('analyse.csv')}
            </button>
            <button type="button" onClick={() => void parquet()} data-testid="analyse-parquet">
              {t('analyse.parquet')}
            </button>
          </>
        )}
        {target ? (
          <Link to={mapHref('/', sql, target.level)} className="button" data-testid="analyse-map">
            {t('analyse.map', { column: target.valueColumn })}
          </Link>
        ) : (
          result.rows.length > 0 && <span className="muted small">{t('analyse.map.none')}</span>
        )}
      </div>
      <ResultTable columns={result.columns} rows={result.rows} />
    </>
  );
}
