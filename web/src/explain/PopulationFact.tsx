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

/** "Inwoners (1 januari 2024)"; without the manifest's facts (data built before them) plain "Inwoners". */
export const populationLabel = (population: Manifest['population']): string =>
  population ? `${t('profile.population')} (${fmt.date(population.date)})` : t('profile.population');

function PopulationExplanation({ catalogue, population }: { catalogue: Catalogue; population: NonNullable<Manifest['population']> }) {
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
  const { population } = catalogue.manifest;
  return (
    <span className="population-fact" data-testid="population-fact">
      {populationLabel(population)}: {children}
      {population && (
        <InfoPopover label={t('profile.population')} testId="population-info">
          <PopulationExplanation catalogue={catalogue} population={population} />
        </InfoPopover>
      )}
    </span>
  );
}
