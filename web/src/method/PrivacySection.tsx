/** Minimum populations per indicator, what the atlas does with suppressed values, and every reason a value can be missing. */
import type { Methode, MethodIndicator } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { MISSING_REASON_LABEL_NL, t } from '../i18n/nl.ts';

export function PrivacySection({ privacy, indicators }: { privacy: Methode['privacy']; indicators: ReadonlyMap<string, MethodIndicator> }) {
  return (
    <>
      <p>{t('method.privacy.min')}</p>
      <ul>
        {privacy.minimumGroups.map((g) => (
          <li key={g.minimum}>
            <strong>{g.minimum > 0 ? t('method.privacy.minGroup', { min: fmt.integer(g.minimum) }) : t('method.privacy.noMin')}</strong>:{' '}
            {g.indicators.map((id) => indicators.get(id)?.label ?? id).join(', ')}
          </li>
        ))}
      </ul>
      <p>{t('method.privacy.suppressed')}</p>
      <p>{t('method.privacy.missing')}</p>
      <ul data-testid="method-reasons">
        {privacy.missingReasons.map((r) => (
          <li key={r}>{MISSING_REASON_LABEL_NL[r]}</li>
        ))}
      </ul>
    </>
  );
}
