/**
 * The side panel of a theme: the theme score first, then the theme's indicators; the chosen one is mapped.
 * Native radio buttons, so arrow keys and screen readers work without extra code.
 */
import type { ReactNode } from 'react';
import type { IndicatorId, Level, ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { t } from '../i18n/nl.ts';
import type { Measure } from '../map/map-url-state.ts';
import { IndicatorExplanation, ThemeExplanation } from '../explain/explain.tsx';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { Segmented } from '../ui/Segmented.tsx';
import { WeightSliders } from '../weights/WeightSliders.tsx';

interface Props {
  id: string;
  catalogue: Catalogue;
  theme: ThemeManifest;
  indicatorId: IndicatorId | null;
  measure: Measure;
  level: Level;
  onIndicator(id: IndicatorId | null): void;
  onMeasure(m: Measure): void;
  /** The year slider, for an indicator with a yearly series (web/src/years). */
  yearSlider?: ReactNode;
  /** The year whose values the map shows instead of the published ones (a chosen ?jaar=), else null. */
  yearShown?: number | null;
  children?: ReactNode;
}

export function IndicatorPanel({ id, catalogue, theme, indicatorId, measure, level, onIndicator, onMeasure, yearSlider, yearShown = null, children }: Props) {
  const items = catalogue.themeIndicators(theme);
  // The map colours another year than the published one by value (breaks over all years, years/use-map-year.ts).
  const published = items.find(({ indicator }) => indicator.id === indicatorId)?.indicator.year;
  const onlyValues = yearShown !== null ? t('panel.measure.yearOnly', { year: yearShown, published: published ?? '' }) : undefined;
  const name = `indicator-${theme.id}`;
  return (
    <section id={id} role="tabpanel" aria-labelledby={`tab-${theme.id}`} className="side-panel">
      <div className="theme-head">
        <h1 className="theme-title">
          {theme.label}
          {theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
        </h1>
        <InfoPopover label={theme.label} testId={`info-theme-${theme.id}`}>
          <ThemeExplanation theme={theme} catalogue={catalogue} />
        </InfoPopover>
      </div>
      <p className="theme-explanation">{theme.explanation}</p>
      {theme.proxy && <p className="proxy-callout">{theme.proxyNote ?? t('theme.proxy.long')}</p>}

      <fieldset className="choices">
        <legend className="section-title">{t('panel.show')}</legend>
        <div className={`choice choice-score${indicatorId === null ? ' is-checked' : ''}`}>
          <input
            type="radio"
            id={`${name}-score`}
            name={name}
            checked={indicatorId === null}
            onChange={() => onIndicator(null)}
            data-testid="indicator-theme"
          />
          <label htmlFor={`${name}-score`} className="choice-label">
            <span className="choice-title">{t('theme.score')}</span>
            <span className="choice-meta">{t('display.score')}</span>
          </label>
          <InfoPopover label={`${t('theme.score')}: ${theme.label}`}>
            <ThemeExplanation theme={theme} catalogue={catalogue} />
          </InfoPopover>
        </div>
        <p className="choice-group">{t('panel.indicators')}</p>
        {items.map(({ indicator }) => {
          const checked = indicator.id === indicatorId;
          const onLevel = !!catalogue.levelInfo(indicator, level);
          return (
            <div key={indicator.id} className={`choice${checked ? ' is-checked' : ''}`}>
              <input
                type="radio"
                id={`${name}-${indicator.id}`}
                name={name}
                checked={checked}
                onChange={() => onIndicator(indicator.id)}
                data-testid={`indicator-${indicator.id}`}
              />
              <label htmlFor={`${name}-${indicator.id}`} className="choice-label">
                <span className="choice-title">
                  {indicator.label}
                  {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                </span>
                <span className="choice-meta">
                  {indicator.unit} · {indicator.year}
                  {!onLevel ? ` · ${t('info.notOnLevel')}` : ''}
                </span>
              </label>
              <InfoPopover label={indicator.label} testId={`info-${indicator.id}`}>
                <IndicatorExplanation indicator={indicator} level={level} catalogue={catalogue} />
              </InfoPopover>
            </div>
          );
        })}
      </fieldset>
      <WeightSliders catalogue={catalogue} theme={theme} />

      {indicatorId !== null && (
        <Segmented<Measure>
          label={t('panel.measure')}
          value={onlyValues ? 'value' : measure}
          onChange={onMeasure}
          options={[
            { value: 'pct', label: t('panel.measure.pct'), testId: 'measure-pct', disabled: !!onlyValues },
            { value: 'value', label: t('panel.measure.value'), testId: 'measure-value' },
            { value: 'nl', label: t('panel.measure.nl'), testId: 'measure-nl', disabled: !!onlyValues },
          ]}
        />
      )}
      {indicatorId !== null && onlyValues && (
        <p className="muted small" data-testid="measure-year-note">
          {onlyValues}
        </p>
      )}
      {indicatorId !== null && yearSlider}

      <div className="honesty-box">
        <h2 className="section-title">{t('panel.disclaimer.title')}</h2>
        <p>{catalogue.manifest.disclaimer || t('honesty.relative')}</p>
      </div>
      {children}
    </section>
  );
}
