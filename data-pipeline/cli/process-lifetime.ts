/**
 * A build ends with its caller. The build itself spawns no processes (mapshaper and DuckDB run in this
 * process), but it is itself a child — of tsx, npx, npm, `npm start` or a test — and must not run on when
 * that caller is killed, nor leave a half-written folder when it is interrupted:
 *   - SIGINT/SIGTERM/SIGHUP: remove this build's unpublished folder, exit 128+signal;
 *   - a caller vanished: the same, checked four times a second (a build from the geometry cache takes
 *     about a second). "Caller" is the chain of ancestors up to
 *     MAX_ANCESTORS levels (read from /proc on Linux): `npx tsx build-data.ts` puts npx and tsx between the
 *     operator and the build, and killing npx alone leaves tsx alive, so watching only the parent is not enough.
 * The published pointer is never touched here: it moves only by the atomic rename in publish/atomic-dir.ts.
 */
import { readFileSync } from 'node:fs';
import { abandonBuildsInProgress } from '../publish/atomic-dir.ts';

const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const MAX_ANCESTORS = 4;

/** Parent of a process from /proc/<pid>/stat (field 4, after the parenthesised name), or null where /proc is absent. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

function ancestors(): number[] {
  const chain = [process.ppid];
  for (let pid = parentOf(process.ppid); pid !== null && chain.length < MAX_ANCESTORS; pid = parentOf(pid)) chain.push(pid);
  return chain;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function endWithCaller(log: (line: string) => void): void {
  const stop = (why: string, code: number) => {
    log(`\nbuild:data stopped (${why}); the unfinished build was removed, the published data is unchanged.`);
    abandonBuildsInProgress();
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => stop(signal, code));
  const parent = process.ppid;
  const callers = ancestors();
  setInterval(() => {
    if (process.ppid !== parent || !callers.every(alive)) stop('its caller ended', 1);
  }, 250).unref();
}
