/**
 * The one way the UI waits for data: a loader in, `{ status, data, error, retry }` out. A failure always
 * becomes a Dutch sentence (dataErrorMessage) for <ErrorMessage>; it never turns into an empty result.
 */
import { useCallback, useEffect, useState } from 'react';
import { dataErrorMessage } from '../data/errors.ts';

export type AsyncStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface AsyncState<T> {
  /** idle: no loader (nothing asked); loading: asked, no answer yet for this loader. */
  status: AsyncStatus;
  /** The answer for the current loader; while it loads, the previous answer when `keepPrevious` is set. */
  data: T | null;
  /** Dutch text of the failure, for <ErrorMessage>. */
  error: string | null;
  /** Ask again (after an error). */
  retry(): void;
}

interface Settled<T> {
  load: () => Promise<T>;
  attempt: number;
  outcome: { ok: true; value: T } | { ok: false; error: string };
}

/**
 * Runs `load` whenever it changes (keep it stable with useCallback; null asks nothing). An answer to a loader
 * that has since been replaced is dropped, so a slow old answer never overwrites a newer one.
 */
export function useAsync<T>(load: (() => Promise<T>) | null, options: { keepPrevious?: boolean } = {}): AsyncState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (!load) return;
    let live = true;
    const settle = (outcome: Settled<T>['outcome']): void => {
      if (live) setSettled({ load, attempt, outcome });
    };
    load().then(
      (value) => settle({ ok: true, value }),
      (e: unknown) => settle({ ok: false, error: dataErrorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const current = settled !== null && settled.load === load && settled.attempt === attempt ? settled.outcome : null;
  if (!load) return { status: 'idle', data: null, error: null, retry };
  if (!current) {
    const previous = options.keepPrevious && settled?.outcome.ok ? settled.outcome.value : null;
    return { status: 'loading', data: previous, error: null, retry };
  }
  return current.ok ? { status: 'ready', data: current.value, error: null, retry } : { status: 'error', data: null, error: current.error, retry };
}
