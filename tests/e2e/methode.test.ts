/**
 * /methode end to end, against the production build on the real data: reached from the header navigation,
 * it must describe every indicator of the manifest and of the catalogue with its source and year, every
 * theme, source (with licence), join and missing-value reason, and the disclaimer — all taken from the data.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Manifest, type Methode } from '@atlas/contract';
import { MISSING_REASON_LABEL_NL } from '../../web/src/i18n/nl.ts';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import { REPO_ROOT } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { dutch } from './dutch.ts';

const baseUrl = inject('baseUrl');
const DATA = resolve(REPO_ROOT, 'public/data');

describe('/methode', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let methode: Methode;
  const text = (testId: string): Promise<string> => page.getByTestId(testId).innerText();

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    methode = JSON.parse(await readFile(resolve(DATA, 'methode.json'), 'utf8')) as Methode;
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the header navigation', async () => {
    await page.goto(`${baseUrl}/vergelijk`);
    await page.getByTestId('nav-method').click();
    await page.getByTestId('method-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/methode');
    expect(await page.getByTestId('nav-method').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('h1').innerText()).toBe('Methode en bronnen');
    await screenshot(page, 'methode');
  });

  it('describes every indicator of the manifest with its sources, year, unit and coverage per level', async () => {
    for (const ind of manifest.indicators) {
      const body = await text(`method-indicator-${ind.id}`);
      expect(body, ind.id).toContain(ind.id);
      expect(body, ind.id).toContain(ind.label);
      expect(body, `${ind.id} year`).toContain(`Peiljaar\n${ind.year}`);
      if (ind.unit) expect(body, `${ind.id} unit`).toContain(ind.unit);
      for (const level of ind.levels) {
        for (const id of level.sourceIds) {
          const source = manifest.sources.find((s) => s.id === id)!;
          expect(body, `${ind.id} source ${id}`).toContain(source.title);
          if (source.tableId) expect(body, `${ind.id} table ${id}`).toContain(source.tableId);
          expect(body, `${ind.id} source year ${id}`).toContain(source.referenceYear);
        }
        const rows = manifest.levels.find((l) => l.id === level.level)!.rows;
        const row = await page.getByTestId(`method-indicator-${ind.id}`).locator(`tr[data-level="${level.level}"]`).innerText();
        expect(row, `${ind.id} ${level.level} coverage`).toContain(`${dutch(ind.coverage[level.level] ?? 0, 0)} van ${dutch(rows, 0)}`);
        expect(row.replace(/\s+/g, ''), `${ind.id} ${level.level} formula`).toContain(level.formula.replace(/\s+/g, ''));
      }
      expect(body, `${ind.id} minimum population`).toContain(
        ind.minPopulation > 0 ? `Minimum aantal inwoners\n${dutch(ind.minPopulation, 0)}` : 'geen minimum',
      );
      expect(body, `${ind.id} kind`).toContain(ind.kind === 'proxy' ? 'proxy' : 'directe maat');
      expect(body, `${ind.id} direction`).toContain(`Richting\n${ind.direction === 'higher_is_risk' ? 'Hoger' : 'Lager'} = meer risico`);
      // An indicator with a yearly series names it with its years and levels (the year slider's promise).
      const trend = manifest.trends.find((s) => s.id === ind.series);
      if (trend && trend.years.length >= 2) {
        expect(body, `${ind.id} series`).toContain(`Reeks\n${trend.label}: ${Math.min(...trend.years)}`);
        expect(body, `${ind.id} series years`).toContain(String(Math.max(...trend.years)));
      } else expect(body, `${ind.id} no series`).not.toContain('Reeks\n');
      // Each source's caveats are on its card, one link away from the indicator.
      for (const id of new Set(ind.levels.flatMap((l) => l.sourceIds))) {
        const card = await text(`method-source-${id}`);
        for (const caveat of manifest.sources.find((s) => s.id === id)?.caveats ?? []) expect(card, `${ind.id} caveat of ${id}`).toContain(caveat);
      }
    }
    expect(manifest.indicators.filter((i) => i.series).length, 'indicators with a series').toBeGreaterThan(0);
    await page.getByTestId('method-indicator-vermogensmisdrijven').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'methode-indicator');
  });

  it('also describes catalogue indicators this build could not compute, with their source and year', async () => {
    const published = new Set(manifest.indicators.map((i) => i.id));
    for (const def of INDICATORS) {
      const body = await text(`method-indicator-${def.id}`);
      expect(body, def.id).toContain(def.id);
      expect(body, `${def.id} year`).toContain(`Peiljaar\n${def.year}`);
      for (const id of def.sources) expect(body, `${def.id} source ${id}`).toContain(SOURCES.find((s) => s.id === id)!.title);
      if (!published.has(def.id)) expect(body, def.id).toContain('Niet in deze gegevens');
    }
  });

  it('explains every theme with its weights, its rules and (for a proxy theme) the data that would make it real', async () => {
    for (const theme of manifest.themes) {
      const body = await text(`method-theme-${theme.id}`);
      expect(body).toContain(theme.label);
      expect(body).toContain(theme.explanation);
      expect(body).toContain(`minstens ${dutch(theme.minWeightShare * 100, 0)}%`);
      expect(body).toContain(`minstens ${theme.minIndicators} indicatoren`);
      if (theme.proxy) {
        expect(body).toContain(theme.proxyNote!);
        expect(body).toContain('Wat dit thema echt zou maken');
      }
    }
  });

  it('gives the scoring maths with examples, the privacy rules and every missing-value reason', async () => {
    const scoring = await text('method-rekenwijze');
    expect(scoring).toContain('PR = 100 × (L + ½ × (E − 1)) / (N − 1)');
    // Ties share the mean of their positions: 5 and 5 both get 50.
    expect(await text('method-example-pct')).toContain('waarden 3; 5; 5; 8 → percentielen 0; 50; 50; 100');
    expect(await text('method-example-theme')).toMatch(/score 66,7 \(75% van het gewicht\); zonder de tweede indicator → geen gegevens \(50%\)/);
    expect(await text('method-example-z')).toContain('z-scores -0,61; 0,61; 1,84');
    expect(scoring).toContain(manifest.similarityMethod);
    for (const a of manifest.aggregates) expect(scoring).toContain(a.note);
    const privacy = await text('method-privacy');
    for (const reason of Object.values(MISSING_REASON_LABEL_NL)) expect(privacy).toContain(reason);
  });

  it('lists the levels, the joins with their match counts, the known gaps and every source with its licence', async () => {
    const levels = await text('method-levels');
    for (const l of manifest.levels) expect(levels).toContain(dutch(l.rows, 0));
    const facts = manifest.population;
    expect(facts, 'the manifest says where the inhabitants come from').toBeDefined();
    const population = await text('method-population');
    for (const part of [facts!.explanation, facts!.variable, manifest.sources.find((s) => s.id === facts!.sourceId)!.title]) expect(population).toContain(part);
    const joins = await text('method-joins');
    for (const j of manifest.joins) {
      expect(joins).toContain(j.rule);
      expect(joins).toContain(dutch(j.matched, 0));
    }
    const gaps = await text('method-gaps');
    for (const note of manifest.regionNotes) expect(gaps).toContain(note);
    for (const s of manifest.sources) {
      const body = await text(`method-source-${s.id}`);
      expect(body).toContain(s.title);
      expect(body).toContain(s.licence);
      expect(body).toContain(s.attribution);
    }
    expect(await text('method-uitleg')).toContain(manifest.disclaimer);
    // The software licences link leads to the licence file the build wrote, naming the shipped libraries.
    const licences = await page.getByTestId('method-software-licences').locator('a').getAttribute('href');
    const reply = await fetch(new URL(licences ?? '', baseUrl));
    expect(reply.status, String(licences)).toBe(200);
    expect(await reply.text()).toMatch(/^## maplibre-gl - [\d.]+ \(BSD-3-Clause\)/m);
    await page.getByTestId('method-bronnen').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'methode-bronnen');
  });

  it('explains uncertainty with the real small-buurt example, raw against smoothed, and the default with its reason', async () => {
    const u = methode.uncertainty!;
    const body = await text('method-onzekerheid');
    for (const sentence of [u.sentences.intervals, u.sentences.smoothing, u.sentences.ranks, u.sentences.significance]) expect(body).toContain(sentence);
    expect(await text('method-unc-default')).toContain(manifest.uncertainty.defaultReason);
    const ex = u.smoothingExample!;
    const decimals = manifest.indicators.find((i) => i.id === ex.indicator)!.decimals;
    const example = await text('method-example-smoothing');
    expect(example).toContain(`${ex.name} (${ex.code})`);
    expect(example).toContain(`Gemeten waarde (95%-interval)\n${dutch(ex.value, decimals)}`);
    expect(example).toContain(`(${dutch(ex.lo, decimals)}–${dutch(ex.hi, decimals)})`);
    expect(example).toContain(`Gecorrigeerde waarde\n${dutch(ex.smoothed, decimals)}`);
    await page.getByTestId('method-example-smoothing').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'methode-onzekerheid');
  });

  it('explains Gi* hotspots: neighbour rule per level, islands, the worked example and that a hotspot is a pattern, not proof', async () => {
    const u = methode.uncertainty!;
    const body = await text('method-hotspots');
    expect(body).toContain('Benjamini–Hochberg');
    expect(body).toContain('Een hotspot is een patroon, geen bewijs.');
    const rules = await text('method-hotspot-rules');
    for (const r of u.neighbourRules)
      expect(rules).toContain(`${dutch(r.toleranceMetres, 0)} m\t${dutch(r.minSharedMetres, 0)} m\t${dutch(r.regions, 0)}\t${dutch(r.islands, 0)}`);
    for (const l of manifest.hotspots.levels) for (const code of l.islands) expect(body).toContain(code);
    const ex = u.hotspotExample!;
    const example = await text('method-example-hotspot');
    expect(example).toContain(`${ex.name} (${ex.code})`);
    expect(example).toContain(`Gi* (z)\n${dutch(ex.z, 2)}`);
    for (const n of ex.neighbours) expect(example).toContain(n);
    await page.getByTestId('method-hotspots').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'methode-hotspots');
  });

  it('lists every warning the build accepted an input with', async () => {
    const body = await text('method-waarschuwingen');
    if (manifest.warnings.length === 0) expect(body).toContain('geen invoerbestanden met een kanttekening');
    for (const w of manifest.warnings) expect(body).toContain(w);
    expect(await page.getByTestId('method-warnings-list').locator('li').count()).toBe(manifest.warnings.length);
    await page.getByTestId('method-waarschuwingen').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'methode-waarschuwingen');
  });

  it('made no request to another origin and logged no console error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
