import { describe, expect, it } from 'vitest';
import { absentLevelColumns, levelTableColumns, sliceColumns, regionTableColumns, REGION_COLUMNS, type IndicatorShape } from './index.ts';

const poissonOnBuurt: IndicatorShape = {
  id: 'vernielingen',
  uncertainty: 'poisson',
  levels: [
    { level: 'gemeente', kind: 'sum_of_children' },
    { level: 'buurt', kind: 'rate' },
  ],
};
const measureOnWijk: IndicatorShape = { id: 'woz_waarde', levels: [{ level: 'wijk', kind: 'measure' }] };
const names = (level: 'gemeente' | 'wijk' | 'buurt') =>
  levelTableColumns([poissonOnBuurt, measureOnWijk], ['jonge_aanwas'], level)
    .slice(REGION_COLUMNS.length)
    .map((c) => c.name);

describe('a level’s columns', () => {
  it('are those of the indicators on the level, by kind and method, with Gi* only where there is geometry', () => {
    expect(names('buurt')).toEqual([
      ...['vernielingen', 'vernielingen__pct', 'vernielingen__z', 'vernielingen__reason', 'vernielingen__num', 'vernielingen__den'],
      ...['vernielingen__lo', 'vernielingen__hi', 'vernielingen__ci_reason', 'vernielingen__eb', 'vernielingen__sig'],
      ...['vernielingen__pct_lo', 'vernielingen__pct_hi', 'vernielingen__pct_eb', 'vernielingen__gi', 'vernielingen__hot'],
      ...['theme__jonge_aanwas', 'theme__jonge_aanwas__n', 'theme__jonge_aanwas__weight', 'theme__jonge_aanwas__reason'],
      ...['theme__jonge_aanwas__lo', 'theme__jonge_aanwas__hi', 'theme__jonge_aanwas__eb', 'theme__jonge_aanwas__gi', 'theme__jonge_aanwas__hot'],
    ]);
    // a measure without a sampling basis: no parts, no intervals, only why it has none
    expect(names('wijk').filter((n) => n.startsWith('woz_waarde'))).toEqual([
      'woz_waarde',
      'woz_waarde__pct',
      'woz_waarde__z',
      'woz_waarde__reason',
      'woz_waarde__ci_reason',
      'woz_waarde__gi',
      'woz_waarde__hot',
    ]);
    expect(names('gemeente').some((n) => n.endsWith('__gi') || n.endsWith('__hot') || n.startsWith('woz_waarde'))).toBe(false);
  });

  it('leave out only columns of the full list, which read as missing; a reason of an indicator not on the level as not_on_level', () => {
    const full = regionTableColumns(['vernielingen', 'woz_waarde'], ['jonge_aanwas']).map((c) => c.name);
    for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
      const present = levelTableColumns([poissonOnBuurt, measureOnWijk], ['jonge_aanwas'], level).map((c) => c.name);
      const absent = absentLevelColumns([poissonOnBuurt, measureOnWijk], ['jonge_aanwas'], level);
      expect([...present, ...absent.map((c) => c.name)].sort()).toEqual([...full].sort());
    }
    const onGemeente = absentLevelColumns([poissonOnBuurt, measureOnWijk], ['jonge_aanwas'], 'gemeente');
    expect(onGemeente.filter((c) => c.fill !== null)).toEqual([{ name: 'woz_waarde__reason', type: 'category', fill: 'not_on_level' }]);
  });

  it('of the first view are the full table’s region columns, values, reasons and theme scores with their interval, in its order', () => {
    const shapes = [poissonOnBuurt, measureOnWijk];
    expect(sliceColumns('first-view', shapes, ['jonge_aanwas'], 'buurt').map((c) => c.name)).toEqual([
      ...REGION_COLUMNS.map((c) => c.name),
      ...['vernielingen', 'vernielingen__reason'],
      ...['theme__jonge_aanwas', 'theme__jonge_aanwas__reason', 'theme__jonge_aanwas__lo', 'theme__jonge_aanwas__hi'],
    ]);
    // an indicator not on the level has no columns there, in the slice neither
    expect(sliceColumns('first-view', shapes, ['jonge_aanwas'], 'wijk').some((c) => c.name.startsWith('vernielingen'))).toBe(false);
    const full = levelTableColumns(shapes, ['jonge_aanwas'], 'wijk');
    for (const c of sliceColumns('first-view', shapes, ['jonge_aanwas'], 'wijk')) expect(full).toContainEqual(c);
  });

  it('of the themes slice are the region columns and each theme’s score, reason and interval, no indicator’s', () => {
    expect(sliceColumns('themes', [poissonOnBuurt, measureOnWijk], ['jonge_aanwas'], 'wijk').map((c) => c.name)).toEqual([
      ...REGION_COLUMNS.map((c) => c.name),
      ...['theme__jonge_aanwas', 'theme__jonge_aanwas__reason', 'theme__jonge_aanwas__lo', 'theme__jonge_aanwas__hi'],
    ]);
  });
});
