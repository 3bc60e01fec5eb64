/**
 * Intervals, small-number smoothing, rank margins and significance, in the pipeline's own sentences, with the
 * build's default (raw or smoothed) and why, and the smoothing example of a real small buurt term by term.
 */
import type { Manifest, MethodIndicator, MethodUncertainty } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { WorkedExample } from './WorkedExample.tsx';

interface Props {
  uncertainty: MethodUncertainty;
  manifest: Manifest;
  indicators: ReadonlyMap<string, MethodIndicator>;
}

export function UncertaintySection({ uncertainty, manifest, indicators }: Props) {
  const { sentences } = uncertainty;
  return (
    <>
      <h3 className="method-h3">{t('method.unc.default')}</h3>
      <p data-testid="method-unc-default">
        <strong>{uncertainty.defaultScores === 'raw' ? t('method.unc.default.raw') : t('method.unc.default.smoothed')}</strong>{' '}
        {manifest.uncertainty.defaultReason}
      </p>

      <h3 className="method-h3">{t('method.unc.intervals')}</h3>
      <p>{sentences.intervals}</p>
      <h4 className="method-h4">{t('method.unc.methods')}</h4>
      <ul data-testid="method-unc-methods">
        {uncertainty.methods.map((m) => (
          <li key={m.method}>
            <strong>{t(`method.unc.method.${m.method}`)}</strong>: {m.indicators.map((id) => indicators.get(id)?.label ?? id).join(', ')}
          </li>
        ))}
      </ul>

      <h3 className="method-h3">{t('method.unc.smoothing')}</h3>
      <p>{sentences.smoothing}</p>
      {uncertainty.smoothingExample && (
        <SmoothingExample example={uncertainty.smoothingExample} indicator={indicators.get(uncertainty.smoothingExample.indicator)} />
      )}

      <h3 className="method-h3">{t('method.unc.ranks')}</h3>
      <p>{sentences.ranks}</p>

      <h3 className="method-h3">{t('method.unc.significance')}</h3>
      <p>{sentences.significance}</p>
      <p>{sentences.privacy}</p>
    </>
  );
}

type Example = NonNullable<MethodUncertainty['smoothingExample']>;

function SmoothingExample({ example: e, indicator }: { example: Example; indicator: MethodIndicator | undefined }) {
  const unit = indicator?.unit ?? '';
  const decimals = indicator?.decimals ?? 1;
  const value = (v: number): string => fmt.value(v, unit, decimals);
  const pct = (v: number | null): string => fmt.number(v, 0);
  return (
    <WorkedExample testId="method-example-smoothing" region={e} indicator={indicator}>
      <dt>{t('method.unc.ex.count')}</dt>
      <dd>{fmt.integer(e.count)}</dd>
      <dt>{t('method.unc.ex.denominator')}</dt>
      <dd>{fmt.integer(e.denominator)}</dd>
      <dt>{t('method.unc.ex.raw')}</dt>
      <dd>{t('method.unc.range', { value: value(e.value), lo: fmt.number(e.lo, decimals), hi: fmt.number(e.hi, decimals) })}</dd>
      <dt>{t('method.unc.ex.weight')}</dt>
      <dd>{fmt.share(e.weight)}</dd>
      <dt>{t('method.unc.ex.mean')}</dt>
      <dd>{value(e.levelMean)}</dd>
      <dt>{t('method.unc.ex.smoothed')}</dt>
      <dd>{value(e.smoothed)}</dd>
      <dt>{t('method.unc.ex.pct')}</dt>
      <dd>{t('method.unc.range', { value: pct(e.percentile), lo: pct(e.percentileLo), hi: pct(e.percentileHi) })}</dd>
      <dt>{t('method.unc.ex.pctSmoothed')}</dt>
      <dd>{pct(e.percentileSmoothed)}</dd>
    </WorkedExample>
  );
}
