/** Small text pieces the /methode sections share. */
import type { Level } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';

/** A level as a word inside a sentence ("per wijk"). */
export const levelName = (level: Level): string => t(`level.${level}`).toLowerCase();

/** Numbers as the examples list them: "3; 5; 5; 8". */
export const numberList = (values: readonly (number | null)[], decimals = 0): string => values.map((v) => fmt.number(v, decimals)).join('; ');
