/**
 * "Exporteren": a disclosure button in the toolbar that opens a short list of download buttons. Plain buttons
 * (not an ARIA menu), so Tab works as everywhere; arrow keys move between them too, Escape closes and returns
 * focus to the toggle. What happens is announced in a live region beside the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n/nl.ts';
import { useCloseOnPointerOutside } from '../ui/use-close-on-pointer-outside.ts';
import { downloadBlob, type ExportFile } from './download.ts';
import './export.css';

export interface ExportAction {
  id: string;
  label: string;
  hint: string;
  /** Absent: the action is shown but disabled, with this reason. */
  run: (() => Promise<ExportFile>) | null;
  unavailable?: string;
}

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

export function ExportMenu({ actions }: { actions: readonly ExportAction[] }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);
  useCloseOnPointerOutside(open, setOpen, toggle, panel);

  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...(panel.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    if (!items.length) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  };

  // A finished download is announced, then the note goes away; an error stays until the next try.
  useEffect(() => {
    if (status?.kind !== 'done') return;
    const id = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(id);
  }, [status]);

  const run = (action: ExportAction): void => {
    if (!action.run) return;
    close();
    setStatus({ kind: 'busy', text: t('export.busy', { format: action.label }) });
    action
      .run()
      .then(({ blob, fileName }) => {
        downloadBlob(blob, fileName);
        setStatus({ kind: 'done', text: t('export.done', { file: fileName }) });
      })
      .catch((e: unknown) => setStatus({ kind: 'error', text: t('export.failed', { detail: e instanceof Error ? e.message : String(e) }) }));
  };

  return (
    <div className="export" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={id}
        title={t('export.menu.label')}
        data-testid="export-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="export-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="export-toggle-label">{t('export.menu')}</span>
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div ref={panel} id={id} className="export-panel" role="group" aria-label={t('export.menu.label')} hidden={!open}>
        {actions.map((a) => (
          <button key={a.id} type="button" className="export-item" disabled={!a.run} data-testid={`export-${a.id}`} onClick={() => run(a)}>
            <span className="export-item-label">{a.label}</span>
            <span className="export-item-hint">{a.run ? a.hint : (a.unavailable ?? a.hint)}</span>
          </button>
        ))}
      </div>
      <span className={`export-status${status?.kind === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite" data-testid="export-status">
        {status?.text}
      </span>
    </div>
  );
}
