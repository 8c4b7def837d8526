/**
 * `npm run bench:page`: how smooth the page stays while every platform runs. Builds the app
 * (`vite build --mode e2e` into dist-e2e/, beside the browser tests' build; skip with --no-build), serves it with `vite preview` on a free port, opens it
 * in Chromium through Playwright with a long-task observer installed before the page loads,
 * loads a six-guest scenario (classroom-default plus three more guests) through the store's
 * test hook, runs all platforms at 10× for 10 wall seconds with the Consoles tab open, then
 * 10 more with the Comparison tab open (its charts loaded first), then 10 more with the Consoles
 * in front again and the Comparison mounted behind them; then the same with a thousand small
 * containers on a 64-core host. It prints for each phase the main thread's long tasks
 * (> 50 ms), the longest, the total blocking time and how long the main thread was busy
 * (Chromium's TaskDuration), and the gzipped size of the JS the first paint needs. Prints
 * figures only; it asserts nothing (the goal: no task over 50 ms while running, in either view).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { E2E_DIST } from '../e2e/support/e2e-dist.ts';
import { loadPreset, parseScenario, type Scenario } from '../src/engine/index.ts';
import { hostingServer } from '../src/engine/run/hosting-server.fixture.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_WALL_MS = 10_000;
const SPEED = 10;
/** A task is "long" past 50 ms (the Long Tasks API's threshold); the excess is blocking time. */
const LONG_TASK_MS = 50;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

declare global {
  interface Window {
    __longTasks?: LongTask[];
  }
}

/** The classroom-default preset with three more guests: six of mixed workloads. */
function sixGuestScenario(): Scenario {
  const base = loadPreset('classroom-default');
  if (!base) throw new Error('classroom-default preset missing');
  const more: Scenario['guests'] = [
    { name: 'db1', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'oltp' } },
    { name: 'files1', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'file-server' } },
    { name: 'net1', os: 'linux', vcpus: 1, memoryMiB: 512, workload: { kind: 'net-rr' } },
  ];
  return { ...base, name: 'classroom-six', guests: [...base.guests, ...more] };
}

/**
 * A thousand small containers on a 64-core, 128 GiB host (issue 11): the engine's hosting
 * fixture (a web site in every ten, shell accounts idle) with a CPU-bound guest in every ten
 * more, so idle, web and CPU work mix.
 */
function thousandGuestScenario(): Scenario {
  const base = hostingServer(1000) as { host: object; guests: { workload: object }[] };
  const raw = {
    ...base,
    name: 'hosting-thousand',
    host: { ...base.host, cores: 64, memoryMiB: 131_072 },
    guests: base.guests.map((g, i) => (i % 10 === 5 ? { ...g, workload: { kind: 'cpu-int' } } : g)),
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The entry chunk of the build's index.html and everything it imports statically, gzipped (-9). */
function initialJsGzipBytes(): { files: string[]; bytes: number } {
  const dist = join(ROOT, E2E_DIST);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  let bytes = 0;
  while (queue.length > 0) {
    const file = join(dist, (queue.shift() ?? '').replace(/^\//, ''));
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    bytes += gzipSync(code, { level: 9 }).length;
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1] ?? '').slice(dist.length));
    }
  }
  return { files: [...seen].map((f) => f.slice(dist.length + 1)), bytes };
}

async function loadScenario(page: Page, scenario: Scenario): Promise<void> {
  await page.waitForFunction(() => typeof window.__virtscope?.loadScenario === 'function');
  const ok = await page.evaluate((s) => window.__virtscope?.loadScenario(s), scenario);
  if (!ok) throw new Error(`the page refused the scenario ${scenario.name}`);
}

/** An instant of the page: its clock, and how long its main thread had been busy (Chromium's TaskDuration). */
interface Mark {
  readonly atMs: number;
  readonly busyMs: number;
}

async function mark(page: Page, cdp: CDPSession): Promise<Mark> {
  const atMs = await page.evaluate(() => performance.now());
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { atMs, busyMs: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000 };
}

interface Phase {
  readonly label: string;
  readonly from: Mark;
  readonly to: Mark;
}

/** Runs `wallMs` at the bench's speed, then pauses. */
async function runFor(page: Page, wallMs: number): Promise<void> {
  await page.evaluate((speed) => {
    window.__virtscope?.setSpeed(speed);
    window.__virtscope?.run();
  }, SPEED);
  await page.waitForTimeout(wallMs); // a benchmark measures a wall-clock window
  await page.evaluate(() => window.__virtscope?.pause());
}

/**
 * Loads `scenario` with the Consoles in front, then runs it with the Consoles, with the
 * Comparison (its charts drawn first, paused) and with the Consoles again, the Comparison
 * mounted behind them, which should then cost nothing.
 */
async function measureScenario(page: Page, cdp: CDPSession, scenario: Scenario): Promise<Phase[]> {
  const run = `${RUN_WALL_MS / 1000} s at ${SPEED}×`;
  await page.getByRole('tab', { name: 'Consoles', exact: true }).click();
  const m0 = await mark(page, cdp);
  await loadScenario(page, scenario);
  const m1 = await mark(page, cdp);
  await runFor(page, RUN_WALL_MS);
  const m2 = await mark(page, cdp);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  await page.locator('.chart-card canvas').first().waitFor();
  // chart.js sizes a canvas's style when it first draws on it.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('.chart-card canvas')].every((c) => c.style.width !== ''));
  const m3 = await mark(page, cdp);
  await runFor(page, RUN_WALL_MS);
  const m4 = await mark(page, cdp);
  await page.getByRole('tab', { name: 'Consoles', exact: true }).click();
  const m5 = await mark(page, cdp);
  await runFor(page, RUN_WALL_MS);
  const m6 = await mark(page, cdp);
  return [
    { label: 'loading the scenario', from: m0, to: m1 },
    { label: `Consoles view, running ${run}`, from: m1, to: m2 },
    { label: 'opening the Comparison tab (paused)', from: m2, to: m3 },
    { label: `Comparison view, running ${run}`, from: m3, to: m4 },
    { label: 'going back to the Consoles (paused)', from: m4, to: m5 },
    { label: `Consoles, Comparison hidden, ${run}`, from: m5, to: m6 },
  ];
}

const line = (label: string, value: string): void => void process.stdout.write(`${label.padEnd(48)} ${value}\n`);

function printPhases(all: readonly LongTask[], phases: readonly Phase[]): void {
  for (const { label, from, to } of phases) {
    const ts = all.filter((t) => t.start >= from.atMs && t.start < to.atMs);
    const longest = ts.reduce((m, t) => Math.max(m, t.duration), 0);
    const tbt = ts.reduce((s, t) => s + Math.max(0, t.duration - LONG_TASK_MS), 0);
    const busy = to.busyMs - from.busyMs;
    line(
      `  ${label}`,
      `${String(ts.length).padStart(3)} long tasks, longest ${longest.toFixed(0).padStart(4)} ms, total blocking time ${tbt.toFixed(0).padStart(5)} ms, main thread busy ${busy.toFixed(0).padStart(5)} ms`,
    );
    if (ts.length > 0) line('    each (start ms after navigation, duration)', ts.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '));
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'e2e', '--outDir', E2E_DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Started directly (not through npx/npm) so that killing this pid stops the server itself.
  const preview: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--outDir', E2E_DIST, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const executablePath = process.env['CHROMIUM_PATH'] || execFileSync('sh', [join(ROOT, 'scripts/find-chromium.sh')], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    await waitForHttp(url, 20_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(() => {
      const tasks: LongTask[] = [];
      window.__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${url}/?testHooks`);
    // The page is loaded once every platform has its first snapshot (and the console panel its terminal).
    await page.waitForFunction(() => {
      const s = window.__virtscope?.state();
      return s !== undefined && Object.values(s.platforms).every((p) => p.health === 'ok') && document.querySelector('.xterm-rows') !== null;
    });
    const loaded = await mark(page, cdp);
    const six = await measureScenario(page, cdp, sixGuestScenario());
    const sixNs = await page.evaluate(() => window.__virtscope?.state().nowNs ?? 0);
    const thousand = await measureScenario(page, cdp, thousandGuestScenario());
    const thousandNs = await page.evaluate(() => window.__virtscope?.state().nowNs ?? 0);
    const all = await page.evaluate(() => window.__longTasks ?? []);

    const size = initialJsGzipBytes();
    process.stdout.write(`speed ${SPEED}×, ${RUN_WALL_MS / 1000} wall s per view (Chromium, 1280×720)\n`);
    printPhases(all, [{ label: 'page load (to first snapshots + terminal)', from: { atMs: 0, busyMs: 0 }, to: loaded }]);
    process.stdout.write('six guests × 4 platforms\n');
    printPhases(all, six);
    line('  virtual time reached', `${(sixNs / 1e9).toFixed(1)} s`);
    process.stdout.write('1,000 small containers (idle, web, cpu) on 64 cores × 4 platforms\n');
    printPhases(all, thousand);
    line('  virtual time reached', `${(thousandNs / 1e9).toFixed(1)} s`);
    line('initial JS (entry + static imports), gzip -9', `${(size.bytes / 1024).toFixed(1)} KiB (${size.files.join(', ')})`);
    line('goal', `no main-thread task over ${LONG_TASK_MS} ms while running, in either view`);
  } finally {
    await browser.close();
    preview.kill('SIGTERM');
  }
}

await main();
