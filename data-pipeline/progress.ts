/** Stage-by-stage progress on stderr (stdout stays free for data), ending with a summary. */
export interface Progress {
  stage<T>(name: string, run: () => Promise<T>, describe?: (result: T) => string): Promise<T>;
  line(text: string): void;
  summary(): { stage: string; seconds: number; detail: string }[];
}

export function createProgress(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Progress {
  const done: { stage: string; seconds: number; detail: string }[] = [];
  return {
    async stage(name, run, describe) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const result = await run();
      const seconds = (performance.now() - start) / 1000;
      // CPU beside wall time: on a shared machine the wall time of a stage says little about its own cost
      const cpu = process.cpuUsage(cpuStart);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const detail = describe ? describe(result) : '';
      done.push({ stage: name, seconds, detail });
      write(`✓ ${name.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s (cpu ${cpuSeconds.toFixed(2)} s)  ${detail}`);
      return result;
    },
    line: write,
    summary: () => done,
  };
}

export const silentProgress = (): Progress => createProgress(() => {});
