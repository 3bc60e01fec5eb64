import { describe, expect, it } from 'vitest';
import { catalogue, manifest, theme } from '../../../tests/support/export-fixture.ts';
import { t } from '../i18n/nl.ts';
import { weightKey } from '../weights/weights-url.ts';
import { compareExport } from './compare-export.ts';
import { compareGroups } from './compare-model.ts';

describe('compare export', () => {
  const groups = compareGroups(manifest, 'gemeente');
  const scoreHeader = (weights: Map<ReturnType<typeof weightKey>, number>, level: 'gemeente' | null = 'gemeente') => {
    const out = compareExport(catalogue, groups, [], 'gemeenten', level, weights);
    return { header: out.columns.find((c) => c.key === 'theme__jonge_aanwas')?.header, weging: out.about.find((a) => a.key === 'weging')?.text };
  };

  it('names custom weights that change the compared level’s theme scores, in the header and the description', () => {
    const weighted = scoreHeader(new Map([[weightKey(theme.id, 'inkomen'), 5]]));
    expect(weighted.header).toBe(`Themascore Drugs & "jonge" aanwas (0–100), ${t('values.columnWeighted')}`);
    expect(weighted.weging).toBe('Themascore met een eigen weging, niet de standaardweging uit de catalogus: Aandeel A: gewicht 5,0 (standaard 1,0).');
  });

  it('says nothing of weights that change no score there: the catalogue’s, a wijk-only indicator’s, or for aggregates', () => {
    const plain = { header: 'Themascore Drugs & "jonge" aanwas (0–100)', weging: undefined };
    expect(scoreHeader(new Map())).toEqual(plain);
    expect(scoreHeader(new Map([[weightKey(theme.id, 'jeugdhulp'), 5]]))).toEqual(plain);
    expect(scoreHeader(new Map([[weightKey(theme.id, 'inkomen'), 5]]), null)).toEqual(plain);
  });
});
