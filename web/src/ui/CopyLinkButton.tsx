/**
 * "Kopieer link": puts the address of what is on screen (theme, level, selection, comparison…) on the
 * clipboard, and says so in a live region. Falls back to selecting the address in a field where the
 * clipboard is not available (an insecure origin, an old browser).
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n/nl.ts';

type Status = 'copied' | 'failed' | null;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'sr-only';
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}

export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    if (!status) return;
    const id = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(id);
  }, [status]);
  return (
    <span className="copy-link">
      <button
        type="button"
        className="copy-link-button"
        data-testid="copy-link"
        onClick={() => void copy(location.href).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
      >
        {t('copyLink.button')}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite" data-testid="copy-link-status">
        {status === 'copied' ? t('copyLink.done') : status === 'failed' ? t('copyLink.failed') : ''}
      </span>
    </span>
  );
}
