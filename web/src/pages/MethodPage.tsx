/**
 * /methode, arranged from two published files: the manifest (what this build is: levels, joins, aggregates,
 * files, notes) and methode.json (the whole catalogue with formulas and coverage, the themes' rules, the
 * privacy and gap groupings, and scoring examples the pipeline computed with its own scoring code).
 * No fact on this page is typed in twice, and nothing here computes a fact of its own.
 */
import { useCallback, useMemo } from 'react';
import type { Manifest, Methode } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { FilesSection } from '../method/FilesSection.tsx';
import { GapsSection } from '../method/GapsSection.tsx';
import { HotspotSection } from '../method/HotspotSection.tsx';
import { IndicatorEntry } from '../method/IndicatorEntry.tsx';
import { loadMethode } from '../method/load-methode.ts';
import { MethodSection, MethodToc } from '../method/MethodSection.tsx';
import { PrivacySection } from '../method/PrivacySection.tsx';
import { RegionsSection } from '../method/RegionsSection.tsx';
import { ScoringSection } from '../method/ScoringSection.tsx';
import { SourcesSection } from '../method/SourcesSection.tsx';
import { ThemeCard } from '../method/ThemeCard.tsx';
import { UncertaintySection } from '../method/UncertaintySection.tsx';
import { WarningsSection } from '../method/WarningsSection.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAsync } from '../ui/use-async.ts';
import '../method/method.css';

export function MethodPage({ data }: { data: AtlasData }) {
  const manifest = data.manifest;
  const methode = useAsync(useCallback(() => loadMethode(manifest), [manifest]));
  if (methode.status === 'error' && methode.error !== null) {
    return (
      <main id="main" className="page page-error" tabIndex={-1}>
        <ErrorMessage messages={[methode.error]} onRetry={methode.retry} />
      </main>
    );
  }
  if (methode.data === null) {
    return (
      <main id="main" className="page page-loading" tabIndex={-1}>
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return <MethodContent manifest={manifest} methode={methode.data} />;
}

function MethodContent({ manifest, methode }: { manifest: Manifest; methode: Methode }) {
  const indicators = useMemo(() => new Map(methode.indicators.map((i) => [i.id, i])), [methode]);
  const sources = useMemo(() => new Map(methode.sources.map((s) => [s.id, s])), [methode]);
  return (
    <main id="main" className="page method-page" tabIndex={-1} data-testid="method-page">
      <header className="method-head">
        <h1>{t('method.title')}</h1>
        <p className="muted">{t('method.intro', { date: fmt.date(manifest.builtAt), version: manifest.pipelineVersion, year: manifest.boundaryYear })}</p>
      </header>
      <MethodToc />

      <MethodSection id="uitleg">
        <p className="honesty method-disclaimer">{manifest.disclaimer}</p>
      </MethodSection>

      <MethodSection id="themas">
        {methode.themes.map((theme) => (
          <ThemeCard key={theme.id} theme={theme} indicators={indicators} />
        ))}
      </MethodSection>

      <MethodSection id="indicatoren">
        {methode.indicators.map((indicator) => (
          <IndicatorEntry key={indicator.id} indicator={indicator} themes={methode.themes} sources={sources} trends={manifest.trends} />
        ))}
      </MethodSection>

      <MethodSection id="rekenwijze">
        <ScoringSection scoring={methode.scoring} manifest={manifest} />
      </MethodSection>

      {methode.uncertainty && (
        <>
          <MethodSection id="onzekerheid">
            <UncertaintySection uncertainty={methode.uncertainty} manifest={manifest} indicators={indicators} />
          </MethodSection>
          <MethodSection id="hotspots">
            <HotspotSection uncertainty={methode.uncertainty} manifest={manifest} indicators={indicators} />
          </MethodSection>
        </>
      )}

      <MethodSection id="privacy">
        <PrivacySection privacy={methode.privacy} indicators={indicators} />
      </MethodSection>

      <MethodSection id="gebieden">
        <RegionsSection manifest={manifest} />
      </MethodSection>

      <MethodSection id="gaten">
        <GapsSection manifest={manifest} gaps={methode.gaps} indicators={indicators} />
      </MethodSection>

      <MethodSection id="waarschuwingen">
        <WarningsSection warnings={manifest.warnings} />
      </MethodSection>

      <MethodSection id="bronnen">
        <SourcesSection sources={methode.sources} />
      </MethodSection>

      <MethodSection id="bestanden">
        <FilesSection manifest={manifest} />
      </MethodSection>
    </main>
  );
}
