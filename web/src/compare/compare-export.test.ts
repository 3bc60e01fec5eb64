import { describe, expect, it } from 'vitest';
import { catalogue, manifest, theme } from '../../../tests/support/export-fixture.ts';
import { t } from '../i18n/nl.ts';
import { weightKey } from '../weights/weights-url.ts';
import { compareExport } from './compare-export.ts';
import { compareGroups } from './compare-model.ts';
import type { CompareKind } from './selection.ts';

describe('compare export', () => {
  const scoreHeader = (kind: CompareKind, weights: Map<ReturnType<typeof weightKey>, number>) => {
    const out = compareExport(catalogue, compareGroups(manifest, kind), [], kind, weights);
    return { header: out.columns.find((c) => c.key === 'theme__jonge_aanwas')?.header, weging: out.about.find((a) => a.key === 'weging')?.text };
  };
  const plain = { header: 'Themascore Drugs & "jonge" aanwas (0–100)', weging: undefined };
  const inkomen5 = new Map([[weightKey(theme.id, 'inkomen'), 5]]);

  it('names custom weights that change the compared regions’ theme scores, in the header and the description', () => {
    const weighted = {
      header: `Themascore Drugs & "jonge" aanwas (0–100), ${t('values.columnWeighted')}`,
      weging: 'Themascore met een eigen weging, niet de standaardweging uit de catalogus: Aandeel A: gewicht 5,0 (standaard 1,0).',
    };
    expect(scoreHeader('gemeente', inkomen5)).toEqual(weighted);
    // provincies are scored among themselves from the summed indicators (aggregate-scores.ts), under the same weights
    expect(scoreHeader('provincie', inkomen5)).toEqual(weighted);
  });

  it('says nothing of weights that change no score there: the catalogue’s, or of an indicator the kind does not have', () => {
    expect(scoreHeader('gemeente', new Map())).toEqual(plain);
    // B is wijk-only, and not summed for aggregates
    const b5 = new Map([[weightKey(theme.id, 'jeugdhulp'), 5]]);
    expect(scoreHeader('gemeente', b5)).toEqual(plain);
    expect(scoreHeader('provincie', b5)).toEqual(plain);
  });
});
