/** Small registers for the compute tests: regions with only the fields the computations read filled in for real. */
import type { Level } from '@atlas/contract';
import { childrenByParent, type Region, type RegionRegister } from '../regions/register.ts';

export function testRegion(code: string, level: Level, gemeenteCode: string, wijkCode: string | null, population: number | null = null): Region {
  return {
    provincieCode: 'PV01',
    provincieName: 'p',
    veiligheidsregioCode: 'VR01',
    veiligheidsregioName: 'v',
    politieEenheidCode: 'PE01',
    politieEenheidName: 'e',
    code,
    name: code,
    level,
    gemeenteCode,
    gemeenteName: gemeenteCode,
    wijkCode,
    wijkName: wijkCode,
    population,
  };
}

export function testRegister(byLevel: Record<Level, Region[]>): RegionRegister {
  const all = [...byLevel.gemeente, ...byLevel.wijk, ...byLevel.buurt];
  return { byLevel, byCode: new Map(all.map((r) => [r.code, r])), ...childrenByParent(byLevel) };
}
