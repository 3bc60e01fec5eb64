/**
 * The switch "Gecorrigeerd voor kleine aantallen" beside the map's other modes, with one line on what it does
 * and a link to /methode, where the choice of default and a worked example stand.
 */
import { t } from '../i18n/nl.ts';
import { routePath } from '../routing/router.ts';
import { Link } from '../ui/Link.tsx';

export function CorrectedToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <div className="corrected-toggle" data-testid="corrected-toggle">
      <label>
        <input type="checkbox" data-testid="toggle-corrected" checked={on} onChange={(e) => onChange(e.target.checked)} /> {t('values.toggle')}
      </label>
      <p className="muted small">
        {t('values.toggleInfo')} <Link to={routePath({ page: 'method' }, '/')}>{t('values.toggleMore')}</Link>
      </p>
    </div>
  );
}
