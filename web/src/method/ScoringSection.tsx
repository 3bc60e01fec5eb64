/** The maths, each with an example the pipeline computed with the same functions it scores the data with. */
import type { Manifest, ScoringExamples } from '@atlas/contract';
import { AGGREGATE_MIN_COVERAGE } from '../data/atlas-data.ts';
import { fmt } from '../format/format.ts';
import { t, type TextKey } from '../i18n/nl.ts';
import { numberList } from './method-text.ts';

const example = (key: TextKey, vars: Record<string, string | number>): string => t('method.example', { example: t(key, vars) });

export function ScoringSection({ scoring, manifest }: { scoring: ScoringExamples; manifest: Manifest }) {
  const { percentile, theme, z } = scoring;
  const without = theme.withoutSecond;
  return (
    <>
      <h3 className="method-h3">{t('method.scoring.pct.title')}</h3>
      <p>{t('method.scoring.pct')}</p>
      <p className="method-example" data-testid="method-example-pct">
        {example('method.example.pct', { values: numberList(percentile.values), ranks: numberList(percentile.ranks) })}
      </p>

      <h3 className="method-h3">{t('method.scoring.theme.title')}</h3>
      <p>
        {t('method.scoring.theme', { share: fmt.list(scoring.minWeightShares.map((s) => fmt.share(s))), min: fmt.list(scoring.minIndicators.map(String)) })}
      </p>
      <p className="method-example" data-testid="method-example-theme">
        {example('method.example.theme', {
          values: theme.parts.map((p) => (p.percentile === null ? '–' : fmt.number(p.percentile))).join('; '),
          weights: numberList(theme.parts.map((p) => p.weight)),
          score: fmt.number(theme.score, 1),
          share: fmt.share(theme.weightShare),
          without: without.score === null ? `${t('legend.missing')} (${fmt.share(without.weightShare)})` : fmt.number(without.score, 1),
        })}
      </p>

      <h3 className="method-h3">{t('method.scoring.z.title')}</h3>
      <p>{t('method.scoring.z')}</p>
      <p className="method-example" data-testid="method-example-z">
        {example('method.example.z', { values: numberList(z.values), reference: fmt.number(z.reference), z: numberList(z.z, 2) })}
      </p>

      <h3 className="method-h3">{t('method.scoring.agg.title')}</h3>
      <p>{t('method.scoring.agg', { share: fmt.share(AGGREGATE_MIN_COVERAGE) })}</p>
      <ul>
        {manifest.aggregates.map((a) => (
          <li key={a.id}>
            <strong>{a.label}</strong> ({t('method.agg.regions', { count: a.regions })}): {a.note}
          </li>
        ))}
      </ul>

      <h3 className="method-h3">{t('method.similar.title')}</h3>
      <p>{manifest.similarityMethod}</p>
    </>
  );
}
