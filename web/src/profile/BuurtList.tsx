/**
 * Buurten of the chosen wijk as a list, because our data has no buurt boundaries to draw them on the map.
 */
import type { RegionTable } from '../data/region-table.ts';
import { levelOfCode } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';

interface Props {
  buurt: RegionTable | null;
  wijk: RegionTable | null;
  selection: string | null;
  display: Display;
  /** Why there is no buurt map; left out inside the profile, where the map's banner already says it. */
  note: string | null;
  /** h2 in the side panel, h3 inside the profile (under its h2 title). */
  heading: 'h2' | 'h3';
  onSelect(code: string): void;
}

export function BuurtList({ buurt, wijk, selection, display, note, heading: Heading, onSelect }: Props) {
  let wijkCode: string | null = null;
  const level = selection ? levelOfCode(selection) : null;
  if (selection && level === 'wijk') wijkCode = selection;
  if (selection && level === 'buurt' && buurt) {
    const r = buurt.row(selection);
    wijkCode = r === undefined ? null : buurt.string('wijk_code', r);
  }
  const wijkRow = wijkCode && wijk ? wijk.row(wijkCode) : undefined;
  const wijkName = wijkRow !== undefined && wijk ? wijk.names[wijkRow] : wijkCode;

  const rows = buurt && wijkCode ? buurt.rowsWhere('wijk_code', wijkCode) : [];
  const values = buurt?.numbers(display.column);
  const reasons = buurt?.strings(display.reasonColumn);
  const format = (i: number): string => {
    const v = values?.[i];
    if (v === undefined || Number.isNaN(v)) return fmt.missing(reasons?.[i]);
    return display.kind === 'value' ? fmt.value(v, display.unit, display.decimals) : fmt.score(v);
  };

  return (
    <section className="buurt-list" aria-labelledby="buurt-title" data-testid="buurt-list">
      <Heading id="buurt-title" className="section-title">
        {wijkCode ? t('buurt.of', { wijk: wijkName ?? wijkCode }) : t('buurt.title')}
      </Heading>
      {note && <p className="note">{note}</p>}
      {!wijkCode && <p className="muted">{t('buurt.pick')}</p>}
      {wijkCode && !buurt && <p className="muted">{t('app.loading')}</p>}
      {wijkCode && buurt && (
        <>
          <p className="muted small">
            {t('buurt.count', { count: rows.length })} · {display.title}
          </p>
          <ul className="plain buurt-rows">
            {rows.map((i) => {
              const code = buurt.codes[i] ?? '';
              return (
                <li key={code}>
                  <button
                    type="button"
                    className={`buurt-row${code === selection ? ' is-selected' : ''}`}
                    aria-current={code === selection}
                    onClick={() => onSelect(code)}
                  >
                    <span>{buurt.names[i]}</span>
                    <span className={Number.isNaN(values?.[i] ?? NaN) ? 'missing' : 'strong'}>{format(i)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
