/** Example queries, in Dutch, over the published tables; each runs as it stands. */
export interface ExampleQuery {
  label: string;
  sql: string;
}

export const EXAMPLES: readonly ExampleQuery[] = [
  {
    label: 'Inwoners van de buurten opgeteld per gemeente',
    sql: `-- Inwoners van alle buurten opgeteld per gemeente
SELECT gemeente_code, any_value(gemeente_name) AS gemeente, SUM(population) AS inwoners, COUNT(*) AS buurten
FROM buurt
GROUP BY gemeente_code
ORDER BY inwoners DESC`,
  },
  {
    label: 'Gemeenten met de hoogste themascore jonge aanwas',
    sql: `-- Twintig gemeenten met de hoogste themascore 'jonge aanwas' (0–100, relatieve positie)
SELECT code, name, provincie_name, theme__jonge_aanwas AS score
FROM gemeente
WHERE theme__jonge_aanwas IS NOT NULL
ORDER BY score DESC
LIMIT 20`,
  },
  {
    label: 'Wijken: gemiddelde van twee themascores',
    sql: `-- Per wijk het gemiddelde van twee themascores; 'Toon op kaart' tekent het
SELECT code, name, gemeente_name, (theme__jonge_aanwas + theme__maatschappelijke_onrust) / 2 AS gemiddelde
FROM wijk
WHERE theme__jonge_aanwas IS NOT NULL AND theme__maatschappelijke_onrust IS NOT NULL`,
  },
  {
    label: 'Tijdreeksen: welke reeksen en jaren zijn er?',
    sql: `-- Welke reeksen staan in trends, met hun jaren
SELECT series, MIN(year) AS eerste_jaar, MAX(year) AS laatste_jaar, COUNT(DISTINCT code) AS gebieden
FROM trends
GROUP BY series
ORDER BY series`,
  },
  {
    label: 'Kolommen van een tabel',
    sql: `-- Alle kolommen van de tabel gemeente, met hun type
DESCRIBE gemeente`,
  },
];
