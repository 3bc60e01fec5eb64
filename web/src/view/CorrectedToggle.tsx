/**
 * The switch "Gecorrigeerd voor kleine aantallen" among the map's other modes, with an "i" that says in one line
 * what it does and links to /methode, where the choice of default and a worked example stand.
 */
import { t } from '../i18n/nl.ts';
import { routePath } from '../routing/router.ts';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { Link } from '../ui/Link.tsx';
import './values.css';

export function CorrectedToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <div className="corrected-toggle" data-testid="corrected-toggle">
      <label>
        <input type="checkbox" data-testid="toggle-corrected" checked={on} onChange={(e) => onChange(e.target.checked)} /> {t('values.toggle')}
      </label>
      <InfoPopover label={t('values.toggle')} testId="info-corrected">
        <p>
          {t('values.toggleInfo')} <Link to={routePath({ page: 'method' }, '/')}>{t('values.toggleMore')}</Link>
        </p>
      </InfoPopover>
    </div>
  );
}
