/** Inputs the build accepted with a caveat, one line each as the pipeline wrote them; or that there were none. */
import { t } from '../i18n/nl.ts';

export function WarningsSection({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return <p data-testid="method-warnings-list">{t('method.warnings.none')}</p>;
  return (
    <>
      <p>{t('method.warnings.intro')}</p>
      <ul className="method-warnings" data-testid="method-warnings-list">
        {warnings.map((w) => (
          <li key={w} lang="en">
            <code>{w}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
