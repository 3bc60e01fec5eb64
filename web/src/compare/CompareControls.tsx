/**
 * The chosen regions on /vergelijk: the kind of region, a search to add one, and the chosen ones as chips in
 * their chart colours with a button to remove each.
 */
import type { Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { Search } from '../search/Search.tsx';
import type { SearchEntry } from '../search/search-index.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { regionColor } from './chart-scale.ts';
import { kindName } from './compare-model.ts';
import { addRegion, COMPARE_KINDS, isAggregateKind, MAX_REGIONS, removeRegion, type CompareKind, type CompareSelection } from './selection.ts';
import type { CompareRegions } from './use-compare-regions.ts';

interface Props {
  manifest: Manifest;
  selection: CompareSelection;
  found: CompareRegions;
  /** The chosen codes that are in the data. */
  shown: readonly string[];
  onChange(next: CompareSelection): void;
}

/** The swatch of a chosen region that has no values (yet): no chart colour to match. */
const NO_COLOUR = '#b7c0c9';

export function CompareControls({ manifest, selection, found, shown, onChange }: Props) {
  const { kind, codes } = selection;
  const aggregateNote = isAggregateKind(kind) ? manifest.aggregates.find((a) => a.id === kind)?.note : undefined;
  const pickable: SearchEntry[] = found.candidates.filter((e) => !codes.includes(e.code));
  return (
    <section className="compare-card compare-controls" aria-label={t('compare.chosen')}>
      <Segmented<CompareKind>
        label={t('compare.kind')}
        value={kind}
        onChange={(k) => k !== kind && onChange({ kind: k, codes: [] })}
        options={COMPARE_KINDS.map((k) => ({ value: k, label: t(`level.${k}`), testId: `compare-kind-${k}` }))}
      />
      {aggregateNote && <p className="note">{aggregateNote}</p>}
      <div className="compare-pick">
        <Search
          key={kind}
          entries={pickable}
          complete={found.candidates.length > 0}
          onChoose={(e) => onChange(addRegion(selection, e.code))}
          label={`${t('compare.add')} (${kindName(kind)})`}
          placeholder={t('compare.add.placeholder')}
          testId="compare-search"
          clearOnChoose
          disabled={codes.length >= MAX_REGIONS}
        />
        <span className="muted small" aria-live="polite">
          {codes.length >= MAX_REGIONS ? t('compare.full', { max: MAX_REGIONS }) : t('compare.count', { count: shown.length, max: MAX_REGIONS })}
        </span>
      </div>
      {shown.length > 0 && (
        <ul className="plain chips" aria-label={t('compare.chosen')} data-testid="compare-chips">
          {shown.map((code) => {
            const index = found.regions.findIndex((r) => r.code === code);
            const name = found.nameOf(code);
            return (
              <li key={code} className="chip" data-code={code}>
                <span className="region-swatch" aria-hidden="true" style={{ background: index >= 0 ? regionColor(index) : NO_COLOUR }} />
                <span className="chip-name">{name}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('compare.remove', { name })}
                  onClick={() => onChange(removeRegion(selection, code))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {found.unknown.length > 0 && <p className="missing small">{t('compare.unknown', { codes: found.unknown.join(', ') })}</p>}
    </section>
  );
}
