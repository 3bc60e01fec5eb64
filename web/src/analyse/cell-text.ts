/** How a query result's cell reads in the result table: nl-NL numbers, years without a thousands separator. */
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

/** A column of years (the trends table's `year`, a query's `jaar`), whose 2021 is not the count "2.021"; "per_jaar" is a count. */
export const isYearColumn = (column: string): boolean => /(^|_)(year|jaar|peiljaar|jaartal)$/i.test(column) && !/per_(year|jaar)$/i.test(column);

/** `yearColumn`: isYearColumn of the cell's column, decided once per column. */
export const cellText = (v: unknown, yearColumn: boolean): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && yearColumn && Number.isInteger(v) && v >= 1800 && v <= 2100) return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? fmt.integer(v) : fmt.number(v, Math.abs(v) >= 100 ? 1 : 3);
  if (typeof v === 'boolean') return v ? t('analyse.true') : t('analyse.false');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};
