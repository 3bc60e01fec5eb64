/** The notice that the map shows custom weights, with the way back to the catalogue's. */
import type { Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { useWeights } from './use-weights.ts';
import './weights.css';

export function WeightsBanner({ manifest }: { manifest: Manifest }) {
  const { weights, reset } = useWeights(manifest);
  if (weights.size === 0) return null;
  return (
    <div className="weights-banner" role="status" data-testid="weights-banner">
      <span>{t('weights.banner')}</span>
      <button type="button" onClick={reset} data-testid="weights-banner-reset">
        {t('weights.reset')}
      </button>
    </div>
  );
}

/** One line for pages that show theme scores: which weighting they are. */
export function WeightingNote({ manifest }: { manifest: Manifest }) {
  const { weights } = useWeights(manifest);
  return (
    <p className="weighting-note" data-testid="weighting-note">
      {weights.size === 0 ? t('weights.note.standard') : t('weights.note.custom', { n: weights.size })}
    </p>
  );
}
