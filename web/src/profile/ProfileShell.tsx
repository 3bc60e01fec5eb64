/**
 * The frame every profile shares (kicker, title, close button), and a link to another region that selects it
 * on the map while staying a real link (new tab, copy address).
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { HierarchyLink } from '../data/regions.ts';
import { t } from '../i18n/nl.ts';

interface ShellProps {
  /** The region's code: another region (even one of the same name) opens unfolded. */
  id: string;
  title: string;
  kicker: string;
  onClose(): void;
  children: ReactNode;
}

export function ProfileShell({ id, title, kicker, onClose, children }: ShellProps) {
  // On a phone the profile is a sheet over the map: folded to its head, the map shows again. Only the region folded
  // stays folded: another one opens unfolded, and so does this one when it is chosen again after another.
  const [foldedId, setFoldedId] = useState<string | null>(null);
  if (foldedId !== null && foldedId !== id) setFoldedId(null);
  const folded = foldedId === id;
  return (
    <aside className={`profile${folded ? ' is-folded' : ''}`} data-testid="profile" aria-labelledby="profile-title">
      <div className="profile-head">
        <div>
          <p className="kicker">{kicker}</p>
          <h2 id="profile-title" className="profile-title">
            {title}
          </h2>
        </div>
        <div className="profile-head-actions">
          <button
            type="button"
            className="button profile-fold"
            aria-expanded={!folded}
            onClick={() => setFoldedId(folded ? null : id)}
            data-testid="profile-fold"
          >
            {folded ? t('profile.unfold') : t('profile.fold')}
          </button>
          <button type="button" className="icon-button" aria-label={t('profile.close')} onClick={onClose} data-testid="profile-close">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {children}
    </aside>
  );
}

export interface RegionLinks {
  /** The address of the map with this region selected. */
  hrefFor(code: string): string;
  onSelect(code: string): void;
}

export function RegionLink({ link, hrefFor, onSelect }: { link: HierarchyLink } & RegionLinks) {
  return (
    <a
      href={hrefFor(link.code)}
      className="region-link"
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onSelect(link.code);
      }}
    >
      <span className="region-link-kind">{t(`level.${link.kind}`)}</span>
      <span className="region-link-name">{link.name}</span>
    </a>
  );
}
