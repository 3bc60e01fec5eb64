import { useEffect } from 'react';
import { t } from '../i18n/nl.ts';

/** The tab's title while a page is shown; leaving the page gives the tab back the atlas's own title. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = t('app.title');
    };
  }, [title]);
}
