import { useEffect } from 'react';
import { t } from '../i18n/nl.ts';

/**
 * The tab's title while a page is shown; leaving the page gives the tab back the atlas's own title. Null leaves the
 * title to whoever sets it meanwhile (a page's own content), and still gives it back on leaving.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
    return () => {
      document.title = t('app.title');
    };
  }, [title]);
}
