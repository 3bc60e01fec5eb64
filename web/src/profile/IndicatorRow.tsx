/**
 * One indicator in a profile: its name (a button that maps it), the proxy badge and the explanation, then its
 * value and the national value; a region profile adds the percentile, and a line under it (source, coverage).
 */
import type { ReactNode } from 'react';
import type { IndicatorId, IndicatorManifest, Level } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { IndicatorExplanation } from '../explain/explain.tsx';
import { InfoPopover } from '../ui/InfoPopover.tsx';

interface Props {
  indicator: IndicatorManifest;
  /** The level whose formula the explanation shows. */
  level: Level;
  catalogue: Catalogue;
  /** Whether the map shows this indicator (absent where the map cannot show it, as for aggregate regions). */
  mapped?: boolean;
  onIndicator(id: IndicatorId): void;
  /** The value as text, or why it is missing. */
  value: string;
  missing: boolean;
  /** More entries of the values list. */
  children?: ReactNode;
  /** A line under the values. */
  footer?: ReactNode;
  /** The national value to show, when not the indicator's own (a chosen year's). */
  national?: number | null;
}

export function IndicatorRow({ indicator, level, catalogue, mapped, onIndicator, value, missing, children, footer, national = indicator.national }: Props) {
  return (
    <li className={`ind-row${mapped ? ' is-mapped' : ''}`} data-testid={`profile-indicator-${indicator.id}`}>
      <div className="ind-head">
        <button type="button" className="link-button" onClick={() => onIndicator(indicator.id)} aria-pressed={mapped}>
          {indicator.label}
        </button>
        {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
        <InfoPopover label={indicator.label}>
          <IndicatorExplanation indicator={indicator} level={level} catalogue={catalogue} />
        </InfoPopover>
      </div>
      <dl className="ind-values">
        <div>
          <dt>{t('profile.value')}</dt>
          <dd className={missing ? 'missing' : 'strong'}>{value}</dd>
        </div>
        <div>
          <dt>{t('profile.national')}</dt>
          <dd className={national === null ? 'missing' : undefined}>{fmt.national(national, indicator.unit, indicator.decimals)}</dd>
        </div>
        {children}
      </dl>
      {footer}
    </li>
  );
}
