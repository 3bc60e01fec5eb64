/**
 * An "i" button that opens an explanation next to it (disclosure pattern: the content follows the button in
 * the tab order; Escape or a click elsewhere closes it and focus returns to the button).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/nl.ts';
import { useCloseOnPointerOutside } from './use-close-on-pointer-outside.ts';

interface Props {
  label: string;
  children: ReactNode;
  testId?: string;
}

export function InfoPopover({ label, children, testId }: Props) {
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  // Fixed positioning escapes the scrolling side panel; the position is computed from the button.
  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const r = button.current.getBoundingClientRect();
    const width = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = window.innerHeight - r.bottom - 16;
    const top = below > 260 ? r.bottom + 6 : Math.max(8, r.top - Math.min(420, window.innerHeight - 16) - 6);
    setPos({ top, left, maxHeight: below > 260 ? below : Math.min(420, window.innerHeight - 16) });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  useCloseOnPointerOutside(open, setOpen, button, panel);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="info-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('info.open', { label })}
        title={t('info.open', { label })}
        data-testid={testId}
        onClick={(e) => {
          e.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        <span aria-hidden="true">i</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          role="region"
          aria-label={label}
          className="popover"
          style={pos ? { top: pos.top, left: pos.left, maxHeight: pos.maxHeight } : { visibility: 'hidden' }}
        >
          <div className="popover-head">
            <strong>{label}</strong>
            <button
              type="button"
              className="icon-button"
              aria-label={t('info.close')}
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="popover-body">{children}</div>
        </div>
      )}
    </>
  );
}
