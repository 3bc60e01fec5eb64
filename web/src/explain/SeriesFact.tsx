/** The "Reeks" row of a facts list, shared by the info popover and /methode; nothing when there is no series. */
import type { Level, Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { seriesText } from './series-text.ts';

interface Props {
  series: string | null | undefined;
  trends: Manifest['trends'];
  levels: readonly Level[];
}

export function SeriesFact({ series, trends, levels }: Props) {
  const text = seriesText(series, trends, levels);
  if (text === null) return null;
  return (
    <>
      <dt>{t('info.series')}</dt>
      <dd className="facts-series" data-testid="series-fact">
        {text}
      </dd>
    </>
  );
}
