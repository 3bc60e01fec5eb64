/**
 * "Inwoners" with the day the count refers to and an "i" that names source, variable and how it was counted:
 * inhabitants stand beside every score, and every number the atlas shows traces in one click to its source.
 */
import type { ReactNode } from 'react';
import type { Manifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { SourceLine } from './explain.tsx';

/** "Inwoners (1 januari 2024)". */
export const populationLabel = (population: Manifest['population']): string => `${t('profile.population')} (${fmt.date(population.date)})`;

export function PopulationExplanation({ catalogue }: { catalogue: Catalogue }) {
  const { population } = catalogue.manifest;
  const source = catalogue.source(population.sourceId);
  return (
    <div className="explain">
      <p>{population.explanation}</p>
      <dl className="facts">
        <dt>{t('population.date')}</dt>
        <dd>{fmt.date(population.date)}</dd>
        <dt>{t('population.variable')}</dt>
        <dd>
          <code>{population.variable}</code>
        </dd>
        <dt>{t('info.source')}</dt>
        <dd>{source ? <SourceLine source={source} /> : population.sourceId}</dd>
      </dl>
    </div>
  );
}

/** The label with its "i", for a facts list or a line of text; `children` is the count. */
export function PopulationFact({ catalogue, children }: { catalogue: Catalogue; children: ReactNode }) {
  return (
    <span className="population-fact" data-testid="population-fact">
      {populationLabel(catalogue.manifest.population)}: {children}
      <InfoPopover label={t('profile.population')} testId="population-info">
        <PopulationExplanation catalogue={catalogue} />
      </InfoPopover>
    </span>
  );
}
