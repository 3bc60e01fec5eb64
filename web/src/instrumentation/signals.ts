/**
 * What the app tells end-to-end tests and benchmarks: a user change, a drawn map, the database ready, a data
 * error. Only a build made with VITE_E2E_HOOKS=1 (the e2e setup and the benchmark build that way) records
 * them, in `window.__atlas` (e2e-recorder.ts); in any other build each call here does nothing and the
 * recorder is not in the bundle, because the condition below is a constant the bundler removes.
 */
import type { NameRanking, SignalRecorder } from './signal-recorder.ts';

let recorder: SignalRecorder | null = null;

/** Resolves once the recorder is in place (at once when the build records nothing). */
export async function installSignals(): Promise<void> {
  if (import.meta.env.VITE_E2E_HOOKS === '1') {
    const { createRecorder } = await import('./e2e-recorder.ts');
    recorder = createRecorder();
  }
}

export const signal = {
  change: (label: string): void => recorder?.markChange(label),
  rendered: (mapLevel: string): void => recorder?.markRendered(mapLevel),
  hatchDrawn: (): void => recorder?.markHatchDrawn(),
  prepared: (level: string): void => recorder?.markPrepared(level),
  named: (level: string, rankedBy: NameRanking): void => recorder?.markNamed(level, rankedBy),
  tableInDatabase: (level: string): void => recorder?.tableInDatabase(level),
  databaseReady: (): void => recorder?.databaseReady(),
  dataError: (message: string): void => recorder?.dataError(message),
};
