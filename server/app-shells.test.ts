import { describe, expect, it } from 'vitest';
import { MAP_PAGE_HTML, OTHER_PAGES_HTML, appShell, shellsFor, withoutMapPageLinks } from './app-shells.ts';
import { isAppRoute, parseRequestPath } from './request-path.ts';

const segments = (target: string): string[] => {
  const parsed = parseRequestPath(target);
  if (!parsed.ok) throw new Error(`${target}: ${parsed.reason}`);
  return parsed.segments;
};

describe('app shells', () => {
  it('answers the map page with index.html and every other app route with page.html', () => {
    for (const target of ['/', '/?thema=drugs_jonge_aanwas&kaart=52,5,8']) {
      expect(isAppRoute(segments(target)), target).toBe(true);
      expect(appShell(segments(target)), target).toBe(MAP_PAGE_HTML);
    }
    for (const target of ['/vergelijk', '/vergelijk?gebieden=GM0363,GM0599', '/gemeente', '/gemeente/GM0855', '/methode/', '/analyse', '/nog-geen-pagina']) {
      expect(isAppRoute(segments(target)), target).toBe(true);
      expect(appShell(segments(target)), target).toBe(OTHER_PAGES_HTML);
    }
  });

  it('makes the other pages’ shell by dropping exactly the links marked for the map page', () => {
    const html = [
      '<head>',
      '  <link rel="modulepreload" crossorigin href="/assets/boot-1.js">',
      '  <link rel="modulepreload" crossorigin href="/assets/maplibre-runtime-2.js" data-page="map">',
      '  <link rel="preload" as="style" crossorigin href="/assets/x.css" data-page="map">',
      '</head>',
    ].join('\n');
    expect(withoutMapPageLinks(html)).toBe(['<head>', '  <link rel="modulepreload" crossorigin href="/assets/boot-1.js">', '</head>'].join('\n'));
  });

  it('falls back to index.html, which runs every route, for a build without page.html', () => {
    expect(shellsFor(segments('/'))).toEqual([MAP_PAGE_HTML]);
    expect(shellsFor(segments('/gemeente/GM0855'))).toEqual([OTHER_PAGES_HTML, MAP_PAGE_HTML]);
  });

  it('never answers files with a shell', () => {
    for (const target of ['/data/manifest.json', '/assets/boot.js', '/data/', '/favicon.svg', '/page.html'])
      expect(isAppRoute(segments(target)), target).toBe(false);
  });
});
