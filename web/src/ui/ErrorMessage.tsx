/**
 * A data error in plain Dutch, with a hint for whoever runs the site. Never a blank map.
 */
import { t } from '../i18n/nl.ts';

export function ErrorMessage({ messages, onRetry }: { messages: readonly string[]; onRetry?: () => void }) {
  return (
    <div className="data-error" role="alert" data-testid="data-error">
      <h2>{t('error.title')}</h2>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p className="data-error-hint">{t('error.hint')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
