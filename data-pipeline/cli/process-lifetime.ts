/**
 * A build ends with its caller. The build itself spawns no processes (mapshaper and DuckDB run in this
 * process), but it is itself a child — of npm, `npm start`, npx and tsx, or a test — and must not run on when
 * that caller is killed, nor leave a half-written folder when it is interrupted:
 *   - SIGINT/SIGTERM/SIGHUP: remove this build's unpublished folder, then end by that signal (a shell shows 128+signal);
 *   - a caller vanished: remove it, then end by SIGKILL, checked four times a second (a build from the geometry cache takes
 *     about a second). "Caller" is the parent and the ancestors in the same process group, up to
 *     MAX_ANCESTORS levels (read from /proc on Linux): `npm run build:data` puts npm and sh between the operator
 *     and the build (`npx tsx build-data.ts` also tsx), and killing npm alone leaves sh alive, so watching only the
 *     parent is not enough.
 * The published pointer is never touched here: it moves only by the atomic rename in publish/atomic-dir.ts.
 */
import { readFileSync } from 'node:fs';
import { processAlive } from '../io/process-alive.ts';
import { abandonBuildsInProgress } from '../publish/atomic-dir.ts';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const MAX_ANCESTORS = 4;

/** Parent and process group of a process from /proc/<pid>/stat (fields 4 and 5, after the parenthesised name); null where /proc is absent. */
function statOf(pid: number): { ppid: number; pgid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [, ppid, pgid] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return ppid !== undefined && pgid !== undefined && Number.isInteger(ppid) && Number.isInteger(pgid) ? { ppid, pgid } : null;
  } catch {
    return null;
  }
}

/**
 * The parent, and further ancestors in our own process group: the launch chain of this one command. A shell
 * that started the job (`nohup npm run build:data &`) is outside the job's group, so closing it does not
 * stop a build that was meant to outlive it.
 */
function callers(): number[] {
  const group = statOf(process.pid)?.pgid;
  const chain = [process.ppid];
  for (let pid = statOf(process.ppid)?.ppid; pid !== undefined && pid > 1 && chain.length < MAX_ANCESTORS; pid = statOf(pid)?.ppid) {
    if (statOf(pid)?.pgid !== group) break;
    chain.push(pid);
  }
  return chain;
}

/**
 * Ends this process at once by `signal`, its default action: no exit handlers, no waiting for threads. A normal
 * exit joins libuv's thread pool, and a DuckDB thread there can be waiting for this (main) thread to hand it the
 * next chunk of a JS table scan (publish/write-parquet.ts): then the exit waited for ever, and a build whose caller
 * was killed mid-write ran on as an orphan (seen in CI: npm killed during the Parquet export).
 */
function endBy(signal: NodeJS.Signals): void {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

export function endWithCaller(log: (line: string) => void): void {
  const stop = (why: string, signal: NodeJS.Signals) => {
    log(`\nbuild:data stopped (${why}); the unfinished build was removed, the published data is unchanged.`);
    abandonBuildsInProgress();
    endBy(signal);
  };
  for (const signal of STOP_SIGNALS) process.once(signal, () => stop(signal, signal));
  const parent = process.ppid;
  const watched = callers();
  setInterval(() => {
    if (process.ppid !== parent || !watched.every(processAlive)) stop('its caller ended', 'SIGKILL');
  }, 250).unref();
}
