/**
 * Export from the page: the results as CSV and JSON (the CLI's formats, from the figures the
 * engine reported to the page, and byte for byte what the CLI prints for the same run) and a
 * chart as PNG, each downloaded and parsed.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { resultsCsv, runScenario, type ScenarioResult } from '../src/engine/index.ts';
import { expect, openPlayground, PLATFORMS, playgroundState, runUntil, test } from './support/playground.ts';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

async function exportResults(page: Page, format: 'CSV' | 'JSON'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return download(page, () => page.getByRole('button', { name: `Results as ${format}` }).click());
}

/** The file-name stamp of the page's virtual instant, e.g. "t12.5s". */
const stamp = (ns: number): string => `t${Number((ns / 1e9).toFixed(3))}s`;

test('the results download as JSON and CSV, holding the figures the engine reported to the page', async ({ page }) => {
  await openPlayground(page);
  // Past web1's boot (about 16 virtual s natively), so its figures are not all zero.
  await runUntil(page, 30);
  const state = await playgroundState(page);
  const guests = state.scenario.guests.map((g) => g.name);

  const json = await exportResults(page, 'JSON');
  expect(json.name).toBe(`classroom-default-${stamp(state.nowNs)}-results.json`);
  const result = JSON.parse(json.bytes.toString('utf8')) as ScenarioResult;
  expect(result).toMatchObject({ scenario: 'classroom-default', seed: state.scenario.seed, durationS: state.nowNs / 1e9 });
  expect(Object.keys(result.platforms)).toEqual(PLATFORMS);
  for (const kind of PLATFORMS) {
    expect(result.platforms[kind].guests.map((g) => g.name)).toEqual(guests);
    expect(result.platforms[kind]).toEqual(state.platforms[kind].snapshot?.result);
  }

  const csv = await exportResults(page, 'CSV');
  expect(csv.name).toBe(`classroom-default-${stamp(state.nowNs)}-results.csv`);
  const [header = '', ...rows] = csv.bytes.toString('utf8').trimEnd().split('\n');
  const columns = header.split(',');
  expect(columns.slice(0, 7)).toEqual(['platform', 'guest', 'os', 'workload', 'state', 'throughput', 'unit']);
  expect(rows).toHaveLength(PLATFORMS.length * guests.length);
  const cells = rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [columns[i] ?? '', v])));
  expect(cells.map((c) => `${c['platform']} ${c['guest']}`)).toEqual(PLATFORMS.flatMap((k) => guests.map((g) => `${k} ${g}`)));
  for (const c of cells) {
    const g = result.platforms[c['platform'] as (typeof PLATFORMS)[number]].guests.find((x) => x.name === c['guest']);
    expect(c['state']).toBe(g?.state);
    expect(c['throughput']).toBe(String(g?.throughput.perSecond));
    expect(c['relative_to_native']).toBe(g?.relativeToNative === null ? '' : String(g?.relativeToNative));
  }
  // The figures are not all zero: the first guest has booted and done work.
  expect(Number(cells[0]?.['throughput'])).toBeGreaterThan(0);

  // Byte for byte what the CLI computes for the same scenario and virtual duration (`run --format json|csv`),
  // the alone runs included: the page's workers keep theirs at the instant they show (docs/model.md, "The baseline").
  const cli = runScenario(state.scenario, state.nowNs / 1e9);
  expect(json.bytes.toString('utf8')).toBe(`${JSON.stringify(cli, null, 2)}\n`);
  expect(csv.bytes.toString('utf8')).toBe(`${resultsCsv(cli)}\n`);
});

/** The CPU-time chart's card in the Comparison tab, drawn, a few virtual seconds into the run; and that instant. */
async function drawnCpuChart(page: Page): Promise<{ card: Locator; nowNs: number }> {
  await openPlayground(page);
  await runUntil(page, 3);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'CPU time by layer' });
  // chart.js has drawn once it has sized the canvas (it sets display: block).
  await expect(card.locator('canvas')).toHaveCSS('display', 'block');
  const { nowNs } = await playgroundState(page);
  return { card, nowNs };
}

test('a chart downloads as a PNG image', async ({ page }) => {
  const { card, nowNs } = await drawnCpuChart(page);

  const png = await download(page, () => card.getByRole('button', { name: 'Save CPU time by layer as PNG', exact: true }).click());
  expect(png.name).toBe(`classroom-default-${stamp(nowNs)}-cpu-time-by-layer.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const canvasWidth = await card.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width);
  // The image is the chart with a margin and a caption around it.
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(canvasWidth);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(0);

  // For a slide and for print: twice and three times the chart's size on screen.
  const cssWidth = await card.locator('canvas').evaluate((c: HTMLCanvasElement) => c.clientWidth);
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * cssWidth);
  const big = await download(page, () => card.getByRole('button', { name: 'Save CPU time by layer as PNG at 3×' }).click());
  expect(big.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(3 * cssWidth);
  // The chart on the page is drawn at the screen's ratio again.
  expect(await card.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)).toBe(canvasWidth);

  // With the card showing its table there is no chart to save.
  await card.getByRole('button', { name: 'Table' }).click();
  await expect(card.getByRole('button', { name: 'Save CPU time by layer as PNG', exact: true })).toBeDisabled();
});

test('a chart downloads as SVG: its bars, axis labels and legend as vector shapes and text, under its caption', async ({ page }) => {
  const { card, nowNs } = await drawnCpuChart(page);

  const svg = await download(page, () => card.getByRole('button', { name: 'Save CPU time by layer as SVG' }).click());
  expect(svg.name).toBe(`classroom-default-${stamp(nowNs)}-cpu-time-by-layer.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  // Parsed as an image would be: the caption, the platforms on the axis, and drawn shapes.
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      texts: [...doc.querySelectorAll('text')].map((e) => e.textContent ?? ''),
      shapes: doc.querySelectorAll('path, rect').length,
    };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.texts).toContain('CPU time by layer');
  expect(parsed.texts.join(' ')).toMatch(/Native/);
  expect(parsed.shapes).toBeGreaterThan(10);
});

test('with a platform down, export says why instead of writing figures from different instants', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.__virtscope?.crashPlatform('hosted'));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Export' });
  await expect(menu.getByRole('button', { name: 'Results as CSV' })).toBeDisabled();
  await expect(menu.getByRole('button', { name: 'Results as JSON' })).toBeDisabled();
  await expect(menu).toContainText('Hosted has crashed: restart it first');
});
