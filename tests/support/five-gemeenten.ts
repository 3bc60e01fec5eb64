/**
 * Five gemeenten in two provincies for the data layer's query tests. `vernielingen` is a rate per 1.000; one
 * gemeente has no value (suppressed). The names differ from binary order on purpose: an apostrophe, an accent and
 * lower case.
 */
import { regionIpc, type FixtureRow } from './region-ipc.ts';

const FIVE_GEMEENTEN = [
  { code: 'GM0001', name: 'aa', prov: 'PV20', pop: 1000, num: 10, den: 1000 },
  { code: 'GM0002', name: 'Bé', prov: 'PV20', pop: 9000, num: 90, den: 9000 * 2 },
  { code: 'GM0003', name: "'s-Ca", prov: 'PV21', pop: 500, num: null, den: null },
  { code: 'GM0004', name: 'Da', prov: 'PV21', pop: 99500, num: 995, den: 99500 },
  { code: 'GM0005', name: 'Éa', prov: 'PV21', pop: 99500, num: 995, den: 99500 },
] as const;

const rows: FixtureRow[] = FIVE_GEMEENTEN.map((r) => ({
  code: r.code,
  name: r.name,
  level: 'gemeente',
  gemeente_code: r.code,
  gemeente_name: r.name,
  provincie_code: r.prov,
  provincie_name: r.prov === 'PV20' ? 'Groningen' : 'Fryslân',
  population: r.pop,
  has_geometry: true,
  vernielingen: r.num === null || r.den === null ? null : (r.num / r.den) * 1000,
  vernielingen__num: r.num,
  vernielingen__den: r.den,
  vernielingen__reason: r.num === null ? 'suppressed' : null,
}));

/**
 * Three more that the aggregate sums must treat as SQL does: a count over a denominator of 0, a gemeente without
 * inhabitants on record, and one that lies in no provincie (Nederland's sum still holds it).
 */
export const EDGE_GEMEENTEN: FixtureRow[] = [
  {
    code: 'GM0006',
    name: 'Fa',
    level: 'gemeente',
    provincie_code: 'PV22',
    provincie_name: 'Drenthe',
    population: 300,
    vernielingen__num: 0,
    vernielingen__den: 0,
  },
  {
    code: 'GM0007',
    name: 'Ga',
    level: 'gemeente',
    provincie_code: 'PV22',
    provincie_name: 'Drenthe',
    population: null,
    vernielingen__num: 5,
    vernielingen__den: 500,
  },
  { code: 'GM0008', name: 'Ha', level: 'gemeente', provincie_code: null, provincie_name: null, population: 700, vernielingen__num: 7, vernielingen__den: 700 },
];

/** Their region table as the pipeline writes it (Arrow IPC) and the column list to read it with; `extra` rows after them. */
export const fiveGemeentenIpc = (extra: readonly FixtureRow[] = []) => regionIpc(['vernielingen'], [], [...rows, ...extra]);
