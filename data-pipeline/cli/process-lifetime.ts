/**
 * A build ends with its caller. The build itself spawns no processes (mapshaper and DuckDB run in this
 * process), but it is itself a child — of tsx, npm, `npm start` or a test — and must not run on when that
 * parent is killed, nor leave a half-written folder when it is interrupted:
 *   - SIGINT/SIGTERM/SIGHUP: remove this build's unpublished folder, exit 128+signal;
 *   - the parent vanished (we were re-parented, e.g. its SIGKILL): the same, checked every second.
 * The published pointer is never touched here: it moves only by the atomic rename in publish/atomic-dir.ts.
 */
import { abandonBuildsInProgress } from '../publish/atomic-dir.ts';

const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export function endWithCaller(log: (line: string) => void): void {
  const stop = (why: string, code: number) => {
    log(`\nbuild:data stopped (${why}); the unfinished build was removed, the published data is unchanged.`);
    abandonBuildsInProgress();
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => stop(signal, code));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('its parent process ended', 1);
  }, 1000).unref();
}
