/**
 * The three themes as tabs (ARIA tabs with automatic activation: arrow keys move and select).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ThemeId, ThemeManifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';

interface Props {
  themes: readonly ThemeManifest[];
  active: ThemeId | null;
  panelId: string;
  onChange(id: ThemeId): void;
}

export function ThemeTabs({ themes, active, panelId, onChange }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLDivElement>(null);
  // Where the tabs scroll sideways (a phone), the chosen one is brought into view: opened on the third theme, the
  // row showed the first two and nothing said which was chosen. Only the row scrolls, never the page.
  const activeIndex = themes.findIndex((th) => th.id === active);
  useEffect(() => {
    const row = list.current;
    const tab = refs.current[activeIndex];
    if (!row || !tab || row.scrollWidth <= row.clientWidth) return;
    const shown = row.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < shown.left) row.scrollLeft += at.left - shown.left;
    else if (at.right > shown.right) row.scrollLeft += at.right - shown.right;
  }, [activeIndex]);
  const onKey = (e: KeyboardEvent, i: number): void => {
    const n = themes.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    const th = themes[next];
    if (th) onChange(th.id);
    refs.current[next]?.focus();
  };
  return (
    <div className="theme-tabs" role="tablist" aria-label={t('theme.tabs')} ref={list}>
      {themes.map((th, i) => {
        const selected = th.id === active;
        return (
          <button
            key={th.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${th.id}`}
            aria-selected={selected}
            aria-controls={panelId}
            // with none chosen, the first tab is where the keyboard enters the row
            tabIndex={selected || (activeIndex < 0 && i === 0) ? 0 : -1}
            className="theme-tab"
            data-testid={`theme-${th.id}`}
            onClick={() => onChange(th.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {th.label}
            {th.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
          </button>
        );
      })}
    </div>
  );
}
