/**
 * Why a data file could not be used. The UI turns this into a Dutch sentence instead of a blank map.
 */
import { t } from '../i18n/nl.ts';

export type DataErrorKind = 'missing' | 'network' | 'corrupt' | 'invalid' | 'unlisted';

export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    readonly file: string,
    readonly detail = '',
    readonly status?: number,
  ) {
    super(`${kind}: ${file}${detail ? ` — ${detail}` : ''}`);
    this.name = 'DataError';
  }
}

/**
 * The in-browser database failed: it did not start, could not load a table, or a query failed. Its message
 * is the engine's own text; `dataErrorMessage` turns it into the Dutch sentence.
 */
export class DatabaseError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'DatabaseError';
  }
}

/** A Dutch sentence for any error thrown while loading data. */
export function dataErrorMessage(error: unknown): string {
  if (error instanceof DatabaseError) return t('error.duckdb', { detail: error.message });
  if (error instanceof DataError) {
    const vars = { file: error.file, detail: error.detail, status: error.status ?? '?' };
    switch (error.kind) {
      case 'missing':
        return t('error.missing', vars);
      case 'network':
        return t('error.network', vars);
      case 'corrupt':
        return t('error.corrupt', vars);
      case 'invalid':
        return t('error.invalid', vars);
      case 'unlisted':
        return t('error.unlisted', vars);
    }
  }
  return t('error.network', { file: '?', detail: error instanceof Error ? error.message : String(error) });
}
