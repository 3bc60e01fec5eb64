/** How a query result's cell reads in the result table: nl-NL numbers, years without a thousands separator. */
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

/** A year in a column of years (the trends table's `year`, a query's `jaar`): 2021, not the count "2.021"; "per_jaar" is a count. */
const isYear = (v: number, column: string): boolean =>
  Number.isInteger(v) && v >= 1800 && v <= 2100 && /(^|_)(year|jaar|peiljaar|jaartal)$/i.test(column) && !/per_(year|jaar)$/i.test(column);

export const cellText = (v: unknown, column: string): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && isYear(v, column)) return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? fmt.integer(v) : fmt.number(v, Math.abs(v) >= 100 ? 1 : 3);
  if (typeof v === 'boolean') return v ? t('analyse.true') : t('analyse.false');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};
