/**
 * One short attribution line from the manifest's per-source texts, so the map can show every source without
 * the attribution covering the legend: "Bron: CBS, A" and "Bron: CBS, B" become "Bron: CBS (A; B)", and
 * texts that differ only in their label ("Grenzen: X", "Gebiedsindelingen: X") share one entry.
 */
export function attributionSummary(texts: readonly string[]): string {
  const sources = new Map<string, string[]>();
  const others = new Map<string, string[]>();
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    const bron = /^Bron:\s*(?<rest>.+)$/i.exec(text)?.groups?.['rest'];
    if (bron !== undefined) {
      const [publisher = '', ...rest] = bron.split(', ');
      const titles = sources.get(publisher) ?? [];
      const title = rest.join(', ');
      if (title && !titles.includes(title)) titles.push(title);
      sources.set(publisher, titles);
      continue;
    }
    const labelled = /^(?<label>[^:]+):\s*(?<holder>.+)$/.exec(text)?.groups;
    const label = labelled?.['label'] ?? '';
    const holder = labelled?.['holder'] ?? text;
    const labels = others.get(holder) ?? [];
    if (label && !labels.includes(label)) labels.push(label);
    others.set(holder, labels);
  }
  const parts: string[] = [];
  const bronnen = [...sources].map(([publisher, titles]) => (titles.length ? `${publisher} (${titles.join('; ')})` : publisher));
  if (bronnen.length) parts.push(`${bronnen.length > 1 ? 'Bronnen' : 'Bron'}: ${bronnen.join(', ')}`);
  for (const [holder, labels] of others) {
    const label = labels.map((l, i) => (i === 0 ? l : l.toLowerCase())).join(' en ');
    parts.push(label ? `${label}: ${holder}` : holder);
  }
  return parts.join(' · ');
}
