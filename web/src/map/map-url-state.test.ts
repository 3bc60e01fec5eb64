import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, differsDiscretely, encodeState, normalizeState, type AtlasState, type StateCatalogue } from './map-url-state.ts';

const full: AtlasState = {
  theme: 'jonge_aanwas',
  indicator: 'jeugdhulp',
  measure: 'value',
  level: 'wijk',
  selection: 'WK0363AA',
  view: { lat: 52.3731, lon: 4.8922, zoom: 11.25 },
  mode: 'tabel',
  hotspots: true,
  uncertain: true,
  corrected: true,
};

describe('URL state', () => {
  it('round-trips every field', () => {
    expect(decodeState(encodeState(full))).toEqual(full);
    expect(decodeState(`?${encodeState(full)}`)).toEqual(full);
  });

  it('round-trips the vs-Nederland mode', () => {
    expect(encodeState({ ...DEFAULT_STATE, measure: 'nl' })).toBe('toon=nederland');
    expect(decodeState('toon=nederland').measure).toBe('nl');
  });

  it('falls back to the plain value when an indicator has no national value to compare with', () => {
    const catalogue = {
      themes: [{ id: 'jonge_aanwas' as const, indicators: [{ id: 'jeugdhulp' as const }] }],
      indicators: [{ id: 'jeugdhulp' as const, national: null }],
    };
    expect(normalizeState({ ...full, measure: 'nl' }, catalogue).measure).toBe('value');
    expect(normalizeState({ ...full, measure: 'nl' }, { ...catalogue, indicators: [{ id: 'jeugdhulp', national: 5 }] }).measure).toBe('nl');
  });

  it('keeps "gecorrigeerd voor kleine aantallen" as gecorrigeerd=aan, off when absent or anything else', () => {
    expect(encodeState({ ...DEFAULT_STATE, corrected: true })).toBe('gecorrigeerd=aan');
    expect(decodeState('?thema=jonge_aanwas&gecorrigeerd=aan').corrected).toBe(true);
    expect(decodeState('gecorrigeerd=ja').corrected).toBe(false);
    expect(differsDiscretely(DEFAULT_STATE, { ...DEFAULT_STATE, corrected: true })).toBe(true);
  });

  it('writes nothing for the defaults', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('uses Dutch keys and readable coordinates', () => {
    expect(encodeState(full)).toBe(
      'thema=jonge_aanwas&indicator=jeugdhulp&toon=waarde&niveau=wijk&gebied=WK0363AA&weergave=tabel&hotspots=aan&onzekerheid=aan&gecorrigeerd=aan&kaart=52.3731,4.8922,11.25',
    );
  });

  it('rounds the map view so a reload restores exactly what the URL says', () => {
    const s = decodeState(encodeState({ ...full, view: { lat: 52.123456789, lon: 5.987654321, zoom: 7.123456 } }));
    expect(s.view).toEqual({ lat: 52.1235, lon: 5.9877, zoom: 7.12 });
    expect(decodeState(encodeState(s))).toEqual(s);
  });

  it('drops values that are malformed or unsafe', () => {
    const s = decodeState('thema=<script>&niveau=straat&gebied=javascript:alert(1)&kaart=1,2&weergave=x');
    expect(s).toEqual(DEFAULT_STATE);
    expect(decodeState('kaart=95,5,7').view).toBeNull();
    expect(decodeState('thema=drugs&indicator=drugsdelicten')).toMatchObject({ theme: null, indicator: null });
  });

  it('tells discrete changes from map moves', () => {
    expect(differsDiscretely(full, { ...full, view: { lat: 1, lon: 1, zoom: 1 } })).toBe(false);
    expect(differsDiscretely(full, { ...full, selection: 'GM0363' })).toBe(true);
  });

  it('normalises against the manifest', () => {
    const catalogue: StateCatalogue = {
      themes: [
        { id: 'jonge_aanwas', indicators: [{ id: 'jeugdhulp' }] },
        { id: 'vakantieparken', indicators: [{ id: 'landelijkheid' }] },
      ],
    };
    expect(normalizeState({ ...DEFAULT_STATE, theme: 'maatschappelijke_onrust', indicator: 'jeugdhulp' }, catalogue)).toMatchObject({
      theme: 'jonge_aanwas',
      indicator: 'jeugdhulp',
    });
    expect(normalizeState({ ...DEFAULT_STATE, theme: 'vakantieparken', indicator: 'jeugdhulp', measure: 'value' }, catalogue)).toMatchObject({
      theme: 'vakantieparken',
      indicator: null,
      measure: 'pct',
    });
  });
});
