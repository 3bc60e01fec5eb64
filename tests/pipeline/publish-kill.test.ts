/**
 * Crash-safe publishing (publish/atomic-dir.ts), tried the way an operator breaks it: the CLI builds the
 * small synthetic raw folder and is killed at every stage boundary and at random moments. After each kill
 * the published folder must be the old or a new COMPLETE build (every file's sha256 as its manifest says),
 * no process of the build may survive, and the next start must leave no leftover. Also: `--out` on a folder
 * that is not ours is refused and nothing in it is deleted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataCommand } from '../../data-pipeline/cli/build-data-command.ts';
import { cleanLeftovers, siblingStore } from '../../data-pipeline/publish/atomic-dir.ts';
import { FIXTURE_RAW_DIR } from '../../scripts/make-fixture-raw.ts';
import { REPO_ROOT, tempDir } from './helpers.ts';

interface Run {
  child: ChildProcess;
  stderr: string[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Called with the number of stages finished so far, after each one. */
  onStage: (listener: (done: number) => void) => void;
}

const BUILD_FLAGS = (out: string) => ['--raw', FIXTURE_RAW_DIR, '--out', out, '--any-layout'];

/** The CLI exactly as `npm run build:data` runs it, in its own process group so the whole group can be checked and killed. */
function startBuild(out: string): Run {
  const [node, ...launcher] = buildDataCommand(REPO_ROOT);
  const child = spawn(node, [...launcher, ...BUILD_FLAGS(out)], {
    cwd: REPO_ROOT,
    // a draw cache of its own, new per build: the killed builds draw (on their worker thread) instead of reading
    // earlier builds' intervals, and leave nothing in the repository's .cache/draws
    env: { ...process.env, ATLAS_DRAW_CACHE_DIR: join(dirname(out), `draws-${basename(out)}-${Date.now()}`) },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  const listeners: ((done: number) => void)[] = [];
  let stages = 0;
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    for (const line of chunk.split('\n')) {
      if (!line.startsWith('✓')) continue;
      stages++;
      for (const listener of listeners) listener(stages);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr, exited, onStage: (listener) => listeners.push(listener) };
}

function killGroup(run: Run, signal: NodeJS.Signals): void {
  try {
    process.kill(-(run.child.pid ?? 0), signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // already finished
  }
}

/**
 * True when some process of the build's group still runs. A child killed together with its parent (esbuild's service,
 * when a kill comes while the launcher rebuilds its bundle of the pipeline code) stays a zombie until init collects
 * it; it runs nothing, so where /proc tells the state it does not count.
 */
function groupAlive(run: Run): boolean {
  const group = run.child.pid ?? 0;
  try {
    process.kill(-group, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self/stat')) return true;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .some((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [state, , pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgid) === group && state !== 'Z';
      } catch {
        return false; // ended while we looked
      }
    });
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The published build's identity (its manifest's hash), after checking that every listed file is complete. */
async function publishedBuild(out: string): Promise<string> {
  const manifestBytes = await readFile(join(out, 'manifest.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as { files: { path: string; sha256: string; bytes: number }[] };
  for (const file of manifest.files) {
    const bytes = await readFile(join(out, file.path));
    expect({ path: file.path, bytes: bytes.byteLength, sha256: sha256(bytes) }).toEqual({ path: file.path, bytes: file.bytes, sha256: file.sha256 });
  }
  return sha256(manifestBytes);
}

async function leftovers(out: string): Promise<string[]> {
  const published = basename(await realpath(out));
  const store = (await readdir(siblingStore(out))).filter((name) => name !== published);
  const beside = (await readdir(dirname(out))).filter((name) => name.startsWith(`.${basename(out)}`) && name !== basename(siblingStore(out)));
  return [...store, ...beside];
}

describe('publishing survives kills', () => {
  it('is always the old or a new complete build, leaves no process and no leftover (≥ 20 kills)', { timeout: 900_000 }, async () => {
    const out = join(await tempDir('kill'), 'data');
    // The first build fills the caches (geometry, boundary checks, neighbours) the killed builds then read, so the
    // timed kills are spread over a second build: spread over the slower first one, half of them came too late.
    const warmUp = startBuild(out);
    expect(await warmUp.exited, warmUp.stderr.join('')).toBe(0);
    // Timed on a build that reused the bundle of the pipeline code: one that rebuilt it (a source edited since the
    // warm-up) is slower than the killed builds will be, and kills spread over it would come too late.
    const timedBuild = async () => {
      const started = performance.now();
      const run = startBuild(out);
      expect(await run.exited, run.stderr.join('')).toBe(0);
      return { run, duration: performance.now() - started, rebuilt: run.stderr.join('').includes('Pipeline code changed') };
    };
    let timed = await timedBuild();
    for (let attempt = 1; timed.rebuilt && attempt < 3; attempt++) timed = await timedBuild();
    const { run: first, duration } = timed;
    const stageCount = first.stderr
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('✓')).length;
    expect(stageCount).toBeGreaterThanOrEqual(8);
    const known = new Set([await publishedBuild(out)]);

    // Stage boundaries (SIGKILL of the whole group right after stage k), then moments spread over a whole build with
    // random jitter (the publish step included), then SIGTERM of the build alone.
    const moments = 12;
    const plans: { label: string; when: (run: Run) => void }[] = [
      ...Array.from({ length: stageCount }, (_, k) => ({
        label: `after stage ${k + 1}`,
        when: (run: Run) => run.onStage((done) => done === k + 1 && killGroup(run, 'SIGKILL')),
      })),
      ...Array.from({ length: moments }, (_, i) => {
        const at = Math.round(((i + Math.random()) / moments) * duration);
        return { label: `at ${at} ms`, when: (run: Run) => void setTimeout(() => killGroup(run, 'SIGKILL'), at) };
      }),
      ...[1, 3, 5].map((k) => ({ label: `SIGTERM after stage ${k}`, when: (run: Run) => run.onStage((done) => done === k && run.child.kill('SIGTERM')) })),
    ];
    expect(plans.length).toBeGreaterThanOrEqual(20);

    const outcomes: string[] = [];
    for (const plan of plans) {
      const run = startBuild(out);
      plan.when(run);
      const code = await run.exited;
      expect(groupAlive(run), `${plan.label}: a process of the build survived`).toBe(false);
      const published = await publishedBuild(out);
      outcomes.push(`${plan.label}: ${code === 0 ? 'finished' : 'killed'}${known.has(published) ? '' : ' (new build published)'}`);
      known.add(published);
      // What the next start does first: clean up after the killed build.
      await cleanLeftovers(out, siblingStore(out));
      expect(await leftovers(out), plan.label).toEqual([]);
    }
    expect(outcomes.filter((o) => o.includes('killed')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(20);
  });

  it('ends with its caller: npm killed alone (SIGKILL) leaves no build running', { timeout: 120_000 }, async () => {
    const out = join(await tempDir('orphan'), 'data');
    // `npm run build:data` runs the build under npm and a shell; only npm is killed, as a crashed caller would be.
    const child = spawn('npm', ['run', '--silent', 'build:data', '--', ...BUILD_FLAGS(out)], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const run: Run = { child, stderr: [], exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))), onStage: () => {} };
    await new Promise<void>((started) => child.stderr?.on('data', (chunk: Buffer) => chunk.toString().includes('✓') && started()));
    process.kill(child.pid ?? 0, 'SIGKILL');
    await run.exited;
    // The build notices it was orphaned (parent id changed) within a quarter second of its event loop being free.
    const deadline = Date.now() + 90_000;
    while (groupAlive(run) && Date.now() < deadline) await new Promise((tick) => setTimeout(tick, 200));
    expect(groupAlive(run), 'a process of the build outlived its parent').toBe(false);
    // It stopped rather than ran to the end: nothing published, and its unfinished folder removed.
    expect(existsSync(out), 'the orphaned build published').toBe(false);
    expect(await readdir(siblingStore(out)).catch(() => [])).toEqual([]);
  });

  it('a stop during a Parquet scan ends the process instead of waiting for ever on DuckDB', { timeout: 60_000 }, async () => {
    // stop-during-scan.ts sends itself SIGTERM while DuckDB waits for its JS table function's next chunk
    const out = join(await tempDir('scan-stop'), 'rows.parquet');
    const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'tests/pipeline/stop-during-scan.ts'), out], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    const run: Run = { child, stderr, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))), onStage: () => {} };
    const ended = await Promise.race([run.exited.then(() => true), new Promise<false>((late) => setTimeout(() => late(false), 30_000))]);
    if (!ended) process.kill(-(child.pid ?? 0), 'SIGKILL');
    expect(ended, `still running 30 s after its stop: ${stderr.join('')}`).toBe(true);
    expect(stderr.join(''), 'the stop landed during the scan').toContain('build:data stopped (SIGTERM)');
    expect(groupAlive(run), 'a process of it survived').toBe(false);
  });

  it('--out refuses a non-empty folder that is not a build of ours and deletes nothing', async () => {
    const parent = await tempDir('foreign');
    const foreign = join(parent, 'public');
    await mkdir(foreign);
    await writeFile(join(foreign, 'favicon.svg'), '<svg/>');
    const run = startBuild(foreign);
    expect(await run.exited).not.toBe(0);
    expect(run.stderr.join('')).toMatch(/not an earlier build of the atlas data.*nothing was deleted/);
    expect(await readdir(foreign)).toEqual(['favicon.svg']);
    expect(await readdir(parent)).toEqual(['public']);
  });

  it('--out replaces an earlier build of ours kept as a plain folder, and a pointer after that', async () => {
    const out = join(await tempDir('legacy'), 'data');
    await mkdir(out);
    await writeFile(join(out, 'manifest.json'), JSON.stringify({ pipelineVersion: '0.0.1', files: [] }));
    const run = startBuild(out);
    expect(await run.exited, run.stderr.join('')).toBe(0);
    await publishedBuild(out);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { pipelineVersion: string };
    expect(manifest.pipelineVersion).not.toBe('0.0.1');
    expect(await leftovers(out)).toEqual([]);
  });
});
