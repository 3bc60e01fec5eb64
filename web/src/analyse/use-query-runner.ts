/**
 * Running the page's query: the analyse database starts on first visit, a run keeps the query in the address
 * (/analyse?sql=…), and a run can be stopped. One run at a time; a newer run or a cancel wins.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Manifest } from '@atlas/contract';
import { currentPath, replaceAddress } from '../routing/address.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { sharedEngine } from './shared-engine.ts';
import { QueryCancelled, type QueryResult, type Schema } from './sql-engine.ts';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; sql: string }
  | { kind: 'done'; sql: string; result: QueryResult }
  | { kind: 'failed'; sql: string; message: string }
  | { kind: 'cancelled'; sql: string };

const NO_SCHEMA: Schema = {};

export function useQueryRunner(manifest: Manifest) {
  const engine = sharedEngine(manifest);
  const [schema, setSchema] = useState<Schema>(NO_SCHEMA);
  const [startError, setStartError] = useState<string | null>(null);
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const runId = useRef(0);

  const loadSchema = useCallback(() => {
    engine.ready().then(
      ({ schema: s }) => setSchema(s),
      (e: unknown) => setStartError(e instanceof Error ? e.message : String(e)),
    );
  }, [engine]);
  useEffect(loadSchema, [loadSchema]);

  const run = useCallback(
    (sql: string) => {
      const id = ++runId.current;
      replaceAddress(`${currentPath()}?${new URLSearchParams({ [QUERY_PARAM]: sql }).toString()}`);
      setState({ kind: 'running', sql });
      engine.run(sql).then(
        (result) => id === runId.current && setState({ kind: 'done', sql, result }),
        (e: unknown) => {
          if (id !== runId.current) return;
          setState(e instanceof QueryCancelled ? { kind: 'cancelled', sql } : { kind: 'failed', sql, message: e instanceof Error ? e.message : String(e) });
          // After a cancel the worker is gone: start the next one now, so the next run does not wait.
          if (e instanceof QueryCancelled) loadSchema();
        },
      );
    },
    [engine, loadSchema],
  );
  const cancel = useCallback(() => engine.cancel(), [engine]);
  return { schema, startError, state, run, cancel };
}
