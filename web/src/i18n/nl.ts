/**
 * Every Dutch text of the interface. Components ask for a key; a missing or misspelt key fails `tsc`.
 * Placeholders are written {name} and filled by `t()`.
 */
export const nl = {
  'app.title': 'Ondermijningsatlas',
  'app.tagline': 'Signalen over een voedingsbodem voor ondermijning',
  'app.skip': 'Naar de inhoud',
  'app.loading': 'Gegevens laden…',

  'nav.label': 'Hoofdnavigatie',
  'nav.map': 'Kaart',
  'nav.compare': 'Vergelijk',
  'nav.gemeente': 'Gemeenteprofiel',
  'nav.method': 'Methode',

  'page.placeholder.title': '{title} — in aanbouw',
  'page.placeholder.body': 'Deze pagina is nog in aanbouw. Gebruik voorlopig de kaart.',
  'page.placeholder.back': 'Terug naar de kaart',
  'page.gemeente.code': 'Gemeentecode: {code}',
  'page.notfound.title': 'Pagina niet gevonden',
  'page.notfound.body': 'Het adres {path} bestaat niet in deze atlas.',

  'theme.tabs': 'Thema’s',
  'theme.proxy': 'proxy',
  'theme.proxy.long': 'Proxythema: gebouwd uit indirecte indicatoren',
  'theme.score': 'Themascore',
  'theme.score.short': 'Score',
  'theme.score.explain':
    'Gewogen gemiddelde van de percentielen van de indicatoren van dit thema. 0 = laagste, 100 = hoogste positie van alle gebieden op hetzelfde niveau.',

  'panel.show': 'Wat toont de kaart?',
  'panel.indicators': 'Indicatoren van dit thema',
  'panel.measure': 'Toon als',
  'panel.measure.pct': 'Percentiel',
  'panel.measure.value': 'Waarde',
  'panel.disclaimer.title': 'Zo lees je de kaart',

  'honesty.relative':
    'Een score is een relatieve positie tussen gebieden van hetzelfde niveau: een signaal over een voedingsbodem voor ondermijning, geen bewijs van criminaliteit.',

  'info.open': 'Uitleg over {label}',
  'info.close': 'Sluiten',
  'info.formula': 'Formule ({level})',
  'info.source': 'Bron',
  'info.sources': 'Bronnen',
  'info.year': 'Peiljaar',
  'info.unit': 'Eenheid',
  'info.direction': 'Richting',
  'info.direction.higher': 'Hoger = meer risico',
  'info.direction.lower': 'Lager = meer risico',
  'info.minPopulation': 'Minimum aantal inwoners',
  'info.proxyFor': 'Proxy voor',
  'info.betterData': 'Betere gegevens zouden zijn',
  'info.weights': 'Indicatoren en gewichten',
  'info.minWeight': 'Een score wordt alleen gegeven als minstens {share} van het gewicht een waarde heeft.',
  'info.notOnLevel': 'Niet beschikbaar op dit niveau.',
  'info.table': 'tabel {id}',
  'info.licence': 'licentie {licence}',

  'level.label': 'Niveau',
  'level.auto': 'Automatisch',
  'level.auto.hint': 'volgt de zoom',
  'level.gemeente': 'Gemeente',
  'level.wijk': 'Wijk',
  'level.buurt': 'Buurt',
  'level.politie_eenheid': 'Politie-eenheid / RIEC-regio',
  'level.veiligheidsregio': 'Veiligheidsregio',
  'level.provincie': 'Provincie',
  'level.nl': 'Nederland',

  'view.label': 'Weergave',
  'view.map': 'Kaart',
  'view.table': 'Tabel',

  'map.label': 'Kaart van {indicator} per {level}',
  'map.aria': 'Kaart',
  'map.zoomIn': 'Inzoomen',
  'map.zoomOut': 'Uitzoomen',
  'map.resetBearing': 'Noorden boven',
  'map.noBuurt.title': 'Geen buurtkaart',
  'map.noBuurt.body':
    'De brondata bevatten geen buurtgrenzen. De kaart toont wijken; de buurten van de gekozen wijk staan als lijst in het zijpaneel.',
  'map.loadingLevel': 'Kaart van {level} laden…',

  'display.score': 'Themascore 0–100: relatieve positie tussen gebieden van hetzelfde niveau',
  'display.pct': 'Percentiel 0–100 (100 = hoogste risicopositie), peiljaar {year}',
  'display.value': 'Waarde in {unit}, peiljaar {year}',

  'legend.title': 'Legenda',
  'legend.missing': 'geen gegevens',
  'legend.belowMin': 'te weinig inwoners',
  'legend.lowRisk': 'lagere positie',
  'legend.highRisk': 'hogere positie',
  'legend.quantile': 'Vijf klassen met elk ongeveer evenveel gebieden (kwantielen).',
  'legend.lowerIsRisk': 'Lagere waarde = meer risico; de kleuren zijn daarom omgekeerd.',
  'legend.regions': '{count} gebieden',

  'tooltip.percentile': 'Percentiel',
  'tooltip.score': 'Themascore',

  'search.label': 'Zoek een gemeente, wijk of buurt',
  'search.placeholder': 'Zoek gemeente, wijk of buurt…',
  'search.none': 'Geen gebied gevonden',
  'search.loadingMore': 'Wijken en buurten worden nog geladen…',
  'search.results': '{count} resultaten',
  'search.in': 'in {gemeente}',

  'profile.title': 'Gebiedsprofiel',
  'profile.close': 'Profiel sluiten',
  'profile.empty': 'Klik op een gebied op de kaart of zoek een gebied om het profiel te zien.',
  'profile.hierarchy': 'Ligt in',
  'profile.population': 'Inwoners',
  'profile.national': 'Nederland',
  'profile.value': 'Waarde',
  'profile.percentile': 'Percentiel',
  'profile.notFound': 'Gebied {code} is niet gevonden in de gegevens.',
  'profile.indicators': 'Indicatoren',
  'profile.themeCount': '{n} van {total} indicatoren met een waarde',
  'profile.level': 'positie tussen alle gebieden op niveau {level}',
  'profile.sourceYear': '{source}, {year}',
  'profile.aggregate.members': '{count} gemeenten',
  'profile.aggregate.explain':
    'Waarden voor dit gebied zijn opgeteld uit de gemeenten: som van de tellers gedeeld door som van de noemers, nooit een gemiddelde van percentages. Er zijn geen percentielen: daarvoor zijn er te weinig gebieden van dit soort.',
  'profile.aggregate.coverage': '{share} van de inwoners in gemeenten met een waarde',
  'profile.aggregate.notAggregatable': 'niet op te tellen uit gemeenten',
  'profile.aggregate.waiting': 'De database start op; de opgetelde waarden volgen zo…',
  'profile.aggregate.ranking': 'Gemeenten in dit gebied',
  'profile.aggregate.show': 'Toon gemeenten',
  'profile.buurtNoMap': 'Deze buurt staat niet op de kaart (geen buurtgrenzen); de kaart toont de wijk.',

  'buurt.title': 'Buurten',
  'buurt.pick': 'Kies een wijk op de kaart (of via zoeken) om de buurten te zien.',
  'buurt.of': 'Buurten van {wijk}',
  'buurt.count': '{count} buurten',

  'table.caption': '{indicator} per {level}',
  'table.name': 'Naam',
  'table.gemeente': 'Gemeente',
  'table.population': 'Inwoners',
  'table.rank': '#',
  'table.sortAsc': 'oplopend gesorteerd',
  'table.sortDesc': 'aflopend gesorteerd',
  'table.sortHint': 'Klik op een kolomkop om te sorteren.',
  'table.filter': 'Filter op naam',
  'table.provincie': 'Provincie',
  'table.allProvincies': 'Alle provincies',
  'table.hideMissing': 'Verberg gebieden zonder waarde',
  'table.more': 'Meer tonen',
  'table.shown': '{shown} van {total} gebieden',
  'table.engine.duckdb': 'Gesorteerd met DuckDB',
  'table.engine.memory': 'Gesorteerd in de browser (database nog niet klaar)',

  'attribution.label': 'Bronvermelding',

  'export.menu': 'Exporteren',
  'export.menu.label': 'Exporteer de tabel of de kaart',
  'export.csv': 'CSV (Excel)',
  'export.csv.hint': 'De tabel met puntkomma’s en decimale komma’s; opent direct in Excel',
  'export.parquet': 'Parquet',
  'export.parquet.hint': 'De tabel als Parquet-bestand, voor R, Python of DuckDB',
  'export.png': 'Kaart als PNG',
  'export.png.hint': 'Afbeelding van de kaart met titel, legenda en bronnen',
  'export.busy': '{format} wordt gemaakt…',
  'export.done': '{file} is gedownload.',
  'export.failed': 'Exporteren is mislukt: {detail}',
  'export.noMap': 'de kaart is nog niet getekend',
  'export.col.code': 'Code',
  'export.col.score': 'Themascore {theme} (0–100)',
  'export.col.reason': '{column}: reden geen waarde',
  'export.about.title': 'Ondermijningsatlas: {theme} per {level}',
  'export.about.all': 'Selectie: alle {count} gebieden',
  'export.about.some': 'Selectie: {count} van {total} gebieden ({filters})',
  'export.about.text': 'naam bevat ‘{text}’',
  'export.about.provincie': 'provincie {name}',
  'export.about.hideMissing': 'alleen gebieden met een waarde voor {column}',
  'export.about.sort': 'gesorteerd op {column}, {direction}',
  'export.about.asc': 'oplopend',
  'export.about.desc': 'aflopend',
  'export.about.data': 'Ondermijningsatlas, gegevens gebouwd op {date} (pijplijn {version}); peiljaren {years}; gebiedsindeling {boundaryYear}',
  'export.png.subtitle': 'Thema: {theme} · kaart per {level}',
  'export.png.made': 'Ondermijningsatlas · gegevens gebouwd op {date} · pijplijn {version}',

  'error.title': 'De gegevens konden niet worden geladen',
  'error.missing': 'Het bestand ‘{file}’ ontbreekt op de server (HTTP {status}).',
  'error.network': 'Het bestand ‘{file}’ kon niet worden opgehaald: {detail}.',
  'error.corrupt': 'Het bestand ‘{file}’ is beschadigd of heeft een onverwacht formaat: {detail}.',
  'error.invalid': 'Het bestand ‘{file}’ voldoet niet aan het afgesproken formaat: {detail}.',
  'error.unlisted': 'Het bestand ‘{file}’ staat niet in manifest.json.',
  'error.hint': 'Beheerder: genereer de gegevens opnieuw met ‘npm run build:data’ en controleer de map public/data.',
  'error.duckdb': 'De database in de browser kon niet starten; opgetelde regio’s en sorteren via de database zijn niet beschikbaar. {detail}',
  'error.retry': 'Opnieuw proberen',

  'footer.built': 'Gegevens gebouwd op {date} · pijplijn {version}',
} as const;

export type TextKey = keyof typeof nl;

/** Look up a Dutch text and fill its {placeholders}. */
export function t(key: TextKey, vars?: Record<string, string | number>): string {
  const text: string = nl[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const v = vars[name];
    return v === undefined ? match : String(v);
  });
}
