/**
 * `npx tsx bench/editor-long-tasks.ts [base URL]`: how the scenario editor copes with the
 * hosting-server preset's 300 guests (a QA pass found 12 s to open it and 0.75 s a key).
 * Opens the page served at the URL (an e2e build under `vite preview`, e.g. the browser tests'
 * server; default http://127.0.0.1:4173), the preset from the gallery, then the editor, and
 * types into a guest's name; prints how long the editor took to show, each keystroke's
 * time until the field shows it, and the main thread's long tasks (> 50 ms) in each phase.
 * Prints figures only; it asserts nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

const BASE_URL = process.argv[2] ?? 'http://127.0.0.1:4173';
const KEYS = 'abcdefgh';

// window.__longTasks: declared globally in bench/page-long-tasks.ts, whose observer this one copies.
async function longTasksSince(page: Page, fromMs: number): Promise<string> {
  const ts = await page.evaluate((from) => (window.__longTasks ?? []).filter((t) => t.start >= from), fromMs);
  const longest = ts.reduce((m, t) => Math.max(m, t.duration), 0);
  return `${ts.length} long tasks, longest ${longest.toFixed(0)} ms, total ${ts.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms`;
}

async function main(): Promise<void> {
  const executablePath = execFileSync('sh', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1024, height: 700 }, serviceWorkers: 'block' });
  page.setDefaultTimeout(120_000);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${BASE_URL}/?testHooks`);
  await page.getByRole('button', { name: /^Gallery/ }).click();
  await page.getByRole('button', { name: 'Open: A hosting server: 300 customers' }).click();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === 'hosting-server' && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  });
  await page.evaluate(() => window.__virtscope?.pause());

  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Edit scenario…' }).click();
  const name = page.getByRole('dialog', { name: 'Edit scenario' }).getByLabel('Name of guest 1', { exact: true });
  await name.waitFor();
  const t1 = await page.evaluate(() => performance.now());
  process.stdout.write(`opening the editor: ${(t1 - t0).toFixed(0)} ms; ${await longTasksSince(page, t0)}\n`);

  await name.click();
  await name.press('End');
  const perKey: number[] = [];
  for (const key of KEYS) {
    const before = await page.evaluate(() => performance.now());
    const expected = `${await name.inputValue()}${key}`;
    await name.press(key);
    await page.waitForFunction((v) => (document.activeElement as HTMLInputElement | null)?.value === v, expected);
    // The next frame: what the reader sees once React has rendered the keystroke's consequences.
    const after = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
    perKey.push(after - before);
  }
  process.stdout.write(`typing ${KEYS.length} keys into a name: ${perKey.map((ms) => ms.toFixed(0)).join(', ')} ms; ${await longTasksSince(page, t1)}\n`);
  await browser.close();
}

await main();
