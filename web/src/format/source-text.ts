import { t } from '../i18n/nl.ts';

/** ", tabel 85984NED" after a source's publisher or title: the same in the info popover, on /methode and under the trend chart. */
export const tableSuffix = (tableId: string | null | undefined): string => (tableId ? `, ${t('info.table', { id: tableId })}` : '');

/** "Politie (via CBS open data), tabel 47022NED": who published a source, and its table. */
export const publisherWithTable = (source: { publisher: string; tableId: string | null }): string => `${source.publisher}${tableSuffix(source.tableId)}`;
