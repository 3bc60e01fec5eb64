/**
 * The weights of a theme's indicators, each from 0 (left out) to MAX_WEIGHT. Changing one rewrites the
 * address; the map, table and profile follow through weighted-atlas.ts.
 */
import { memo } from 'react';
import type { Manifest, ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { useWeights } from './use-weights.ts';
import { MAX_WEIGHT, weightKey } from './weights-url.ts';
import './weights.css';

interface Props {
  catalogue: Catalogue;
  theme: ThemeManifest;
}

// memo: an indicator or year switch re-renders the map page, and these sliders depend on neither.
export const WeightSliders = memo(function WeightSliders({ catalogue, theme }: Props) {
  const manifest: Manifest = catalogue.manifest;
  const { weights, weightOf, setWeight, reset } = useWeights(manifest);
  const custom = theme.indicators.some((ref) => weights.has(weightKey(theme.id, ref.id)));
  return (
    <details className="weights" data-testid="weights" open={custom || undefined}>
      <summary className="section-title">{t('weights.title')}</summary>
      <p className="weights-help">{t('weights.help')}</p>
      <ul className="weights-list">
        {catalogue.themeIndicators(theme).map(({ indicator, weight }) => {
          const key = weightKey(theme.id, indicator.id);
          const id = `weight-${indicator.id}`;
          const value = weightOf(key);
          return (
            <li key={indicator.id} className={weights.has(key) ? 'is-custom' : undefined}>
              <label htmlFor={id}>{indicator.label}</label>
              <input
                id={id}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={0.1}
                value={value}
                onChange={(e) => setWeight(key, Number(e.currentTarget.value))}
                aria-valuetext={t('weights.valueText', { weight: fmt.number(value, 1), standard: fmt.number(weight, 1) })}
                data-testid={id}
              />
              <output htmlFor={id}>{fmt.number(value, 1)}</output>
            </li>
          );
        })}
      </ul>
      {custom && (
        <button type="button" className="weights-reset" onClick={reset} data-testid="weights-reset">
          {t('weights.reset')}
        </button>
      )}
    </details>
  );
});
