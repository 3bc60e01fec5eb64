/**
 * The year slider under an indicator that has a yearly series. A range input over the series' years (by index,
 * so gaps such as 2021, 2023 are one step apart); "peiljaar" returns to the indicator's own published value.
 */
import { useId } from 'react';
import { t } from '../i18n/nl.ts';
import './years.css';
import type { YearChoice } from './use-year.ts';

/** `empty`: the chosen year's series has no value on the shown level. */
export function YearSlider({ choice, empty }: { choice: YearChoice; empty: boolean }) {
  const { years, year, ownYear, setYear } = choice;
  const id = useId();
  if (years.length < 2) return null;
  const shown = year ?? (ownYear !== null && years.includes(ownYear) ? ownYear : (years.at(-1) ?? 0));
  const index = Math.max(0, years.indexOf(shown));
  return (
    <div className="year-slider" data-testid="year-slider">
      <label htmlFor={id} className="section-title">
        {t('years.label')}: <output data-testid="year-value">{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={years.length - 1}
        step={1}
        value={index}
        aria-valuetext={String(shown)}
        data-testid="year-input"
        onChange={(e) => setYear(years[Number(e.target.value)] ?? null)}
      />
      <p className="muted small">{year === null ? t('years.own') : t('years.chosen')}</p>
      {empty && <p className="note small">{t('years.noneOnLevel')}</p>}
      {year !== null && (
        <button type="button" className="link-button" data-testid="year-reset" onClick={() => setYear(null)}>
          {t('years.reset')}
        </button>
      )}
    </div>
  );
}
