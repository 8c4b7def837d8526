/**
 * Share links in the browser: a link made in the Share dialog reproduces the run in a fresh
 * page (scenario, replayed commands, the same figures at the same virtual instant); every
 * kind of bad link gets its message while the page stays usable; strings from a link are
 * text, never markup; Copy link; the scenario as a JSON file, exported and imported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { deflateSync } from 'fflate';
import type { Scenario } from '../src/engine/index.ts';
import { toBase64Url } from '../src/share/base64url.ts';
import { LINK_DICTIONARY_V1 } from '../src/share/link-dictionary.ts';
import { decodeShareLink } from '../src/share/share-link.ts';
import { clock, expect, openConsoleTab, openPlayground, playgroundState, terminalRows, test } from './support/playground.ts';

/** A link fragment for any JSON value, as a hostile page could make one. */
function fragmentOf(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return `#v1.${toBase64Url(deflateSync(bytes, { dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1) }))}`;
}

/** Loads a variant of the page's scenario through the test hooks and waits until every platform runs it. */
async function loadVariant(page: Page, name: string, seed: number): Promise<Scenario> {
  const scenario = { ...(await playgroundState(page)).scenario, name, seed };
  expect(await page.evaluate((s) => window.__virtscope?.loadScenario(s), scenario)).toBe(true);
  await page.waitForFunction(() => Object.values(window.__virtscope?.state().platforms ?? {}).every((p) => p.health === 'ok' && p.snapshot !== null));
  return scenario;
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Loads the page afresh on a link fragment (a fragment change alone would not reload it). */
async function openFresh(page: Page, fragment: string): Promise<void> {
  await page.goto('about:blank');
  await openPlayground(page, fragment);
}

/** Opens the page on a link and waits until its scenario is the one shown. */
async function openLink(page: Page, fragment: string, name: string): Promise<void> {
  await openFresh(page, fragment);
  await page.waitForFunction((n) => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === n && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  }, name);
}

test('a link made in the Share dialog reproduces the scenario, the commands and the figures at its virtual time', async ({ page, browser }) => {
  await openPlayground(page);
  await loadVariant(page, 'shared-class', 7);
  await page.evaluate(() => window.__virtscope?.step(3));
  await page.evaluate(() => window.__virtscope?.writeConsole('hosted:manager', 'uptime\r'));
  await page.waitForFunction(async () => (await window.__virtscope?.commandRecordings())?.hosted?.length === 1);
  await page.evaluate(() => window.__virtscope?.step(4));
  const shared = await playgroundState(page);
  expect(shared.nowNs).toBe(7e9);

  const dialog = await openShare(page);
  await dialog.getByLabel(/Include the commands typed so far \(1\)/).check();
  await dialog.getByLabel(/Open at the current virtual time/).check();
  const link = await dialog.getByLabel(/^Link to this scenario/).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?testHooks#v2\.[A-Za-z0-9_-]+$/);
  await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await openLink(other, link.slice(link.indexOf('#')), 'shared-class');
  await other.waitForFunction(() => window.__virtscope?.state().nowNs === 7e9);
  const opened = await playgroundState(other);
  expect(opened.runState).toBe('paused');
  expect(opened.scenario).toEqual(shared.scenario);
  await expect(other.getByRole('banner')).toContainText('shared-class');
  await expect(clock(other)).toContainText('0:00:07');
  for (const k of ['native', 'hosted', 'bare-metal', 'container'] as const)
    expect(JSON.stringify(opened.platforms[k].snapshot?.result), k).toBe(JSON.stringify(shared.platforms[k].snapshot?.result));
  expect((await other.evaluate(() => window.__virtscope?.commandRecordings()))?.hosted?.map((l) => l.line)).toEqual(['uptime']);
});

test('the terminals of a link\'s run show the commands replayed into them and their output, a line typed at 0 at once', async ({ page }) => {
  await openPlayground(page);
  const scenario = { ...(await playgroundState(page)).scenario, name: 'shared-terminals' };
  const commands = { container: [[0, 'manager', 'echo typed-at-zero'], [5e9, 'web1', 'uname -a']] };
  const rows = terminalRows(page);
  const outputRow = (text: RegExp) => rows.locator('> div').filter({ hasText: text });

  // Opened at 0: the line of instant 0 is there before any step; web1's comes when time reaches it.
  await openLink(page, fragmentOf({ scenario, commands }), 'shared-terminals');
  await openConsoleTab(page, 'Docker host · container');
  await expect(rows).toContainText('echo typed-at-zero');
  await expect(outputRow(/^typed-at-zero\s*$/)).toHaveCount(1);
  expect((await playgroundState(page)).nowNs).toBe(0);
  await openConsoleTab(page, 'web1 · container');
  await expect(rows).not.toContainText('uname -a');
  await page.evaluate(() => window.__virtscope?.step(6));
  await expect(rows).toContainText('uname -a');
  await expect(outputRow(/^Linux web1 /)).toHaveCount(1);

  // Opened at 8 s: the terminal opened afterwards shows what was replayed before it, once.
  await openLink(page, fragmentOf({ scenario, commands, atNs: 8e9 }), 'shared-terminals');
  await page.waitForFunction(() => window.__virtscope?.state().nowNs === 8e9);
  await openConsoleTab(page, 'web1 · container');
  await expect(rows).toContainText('uname -a');
  await expect(outputRow(/^Linux web1 /)).toHaveCount(1);
  await page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea').focus();
  await page.keyboard.type('hostname');
  await page.keyboard.press('Enter');
  await expect(outputRow(/^web1\s*$/)).toHaveCount(1);
  expect((await page.evaluate(() => window.__virtscope?.commandRecordings()))?.container?.map((l) => l.line)).toEqual(['echo typed-at-zero', 'uname -a', 'hostname']);
});

test('more lines than a link carries: Share says so and offers the link without the commands, which opens', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.__virtscope?.writeConsole('hosted:manager', 'true\r'.repeat(501)));
  await page.waitForFunction(async () => (await window.__virtscope?.commandRecordings())?.hosted?.length === 501);
  const dialog = await openShare(page);
  const field = dialog.getByLabel(/^Link to this scenario/);
  const withoutCommands = await field.inputValue();
  await dialog.getByLabel(/Include the commands typed so far \(501\)/).check();
  const notice = dialog.getByRole('status', { name: 'More than a link carries' });
  await expect(notice).toContainText('501 lines were typed on hosted, a link carries at most 500');
  await expect(notice).toContainText('The link above leaves out the typed commands');
  expect(await field.inputValue()).toBe(withoutCommands);
  const decoded = decodeShareLink(withoutCommands);
  expect(decoded.ok && decoded.run.commands).toBeUndefined();
  await dialog.getByLabel(/Include the commands typed so far/).uncheck();
  await expect(notice).toBeHidden();
});

test('a v2 link changed on its way is refused as damaged in transit; a v1 link opens with a note', async ({ page }) => {
  await openPlayground(page);
  const dialog = await openShare(page);
  const link = await dialog.getByLabel(/^Link to this scenario/).inputValue();
  const fragment = link.slice(link.indexOf('#'));
  // The first character of the data is in the checksum: changing it leaves the contents intact.
  const changed = `#v2.${fragment[4] === 'A' ? 'B' : 'A'}${fragment.slice(5)}`;
  await openFresh(page, changed);
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened' })).toContainText('This link was damaged in transit');

  const scenario = { ...(await playgroundState(page)).scenario, name: 'old-link' };
  await openLink(page, fragmentOf({ scenario }), 'old-link');
  await expect(page.getByRole('status').filter({ hasText: 'older v1 format' })).toContainText('cannot be verified');
});

test.describe('bad links: a message saying what is wrong, and the page works on the default scenario', () => {
  const cases: [string, (good: string, scenario: Scenario) => string, RegExp][] = [
    ['truncated', (good) => good.slice(0, -7), /The link is truncated/],
    ['corrupted', (good) => good.replace(/^#v1\.(.{8})/, '#v1.$1@!*'), /The link is corrupted/],
    ['an unknown version', (good) => good.replace('#v1.', '#v7.'), /format v7, which this VirtScope does not know/],
    ['oversized', () => `#v1.${'A'.repeat(40_000)}`, /The link is too long/],
    ['a zip bomb', (_, scenario) => fragmentOf({ scenario, pad: ' '.repeat(3_000_000) }), /decompresses to more than/],
    ['absurd numbers', (_, scenario) => fragmentOf({ scenario: { ...scenario, guests: scenario.guests.map((g) => ({ ...g, vcpus: 1_000_000 })) } }), /scenario is invalid: guests\[0\]\.vcpus: a whole number from 1 to 64/],
    ['a bad command list', (_, scenario) => fragmentOf({ scenario, commands: { hosted: [[1, 'nobody', 'ls']] } }), /command list is invalid: .*no console "nobody"/],
  ];

  for (const [kind, make, message] of cases) {
    test(kind, async ({ page }) => {
      await openPlayground(page);
      const scenario = (await playgroundState(page)).scenario;
      const good = fragmentOf({ scenario });
      await openFresh(page, make(good, scenario));
      const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened' });
      await expect(alert).toContainText(message);
      // A page opened with the bad link has not run: it keeps its scenario, and does not claim it runs.
      await expect(alert).toContainText('the page keeps the scenario it had, classroom-default.');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert).toBeHidden();
      expect((await playgroundState(page)).scenario.name).toBe('classroom-default');
      await page.getByRole('button', { name: 'Step' }).click();
      await page.waitForFunction(() => (window.__virtscope?.state().nowNs ?? 0) > 0);
    });
  }
});

test('a bad link arriving while a run goes on says the run goes on, and it does', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => (window.__virtscope?.state().nowNs ?? 0) > 1e9);
  await page.evaluate(() => {
    window.location.hash = '#v7.AAAA';
  });
  const alert = page.getByRole('alert').filter({ hasText: 'This link could not be opened' });
  await expect(alert).toContainText('the page keeps the scenario it had, classroom-default, which goes on running.');
  const at = (await playgroundState(page)).nowNs;
  await page.waitForFunction((ns) => (window.__virtscope?.state().nowNs ?? 0) > ns, at);
});

test('HTML in a link is shown as text: no element is made and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openPlayground(page);
  const scenario = (await playgroundState(page)).scenario;
  const name = '<img src=x onerror=alert(1)>';
  await openLink(page, fragmentOf({ scenario: { ...scenario, name, description: '<script>alert(2)</script>' } }), name);
  await expect(page.getByRole('banner')).toContainText(name);
  await expect(page.locator('img[src="x"], script:text("alert")')).toHaveCount(0);
  // A bad link whose broken field holds markup: the message is text too.
  await openFresh(page, fragmentOf({ scenario: { ...scenario, guests: [{ ...scenario.guests[0], name: '<b id=bold>x</b>' }] } }));
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be opened' })).toContainText('guests[0].name');
  await expect(page.locator('#bold')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('Copy link puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page);
  const dialog = await openShare(page);
  const link = await dialog.getByLabel(/^Link to this scenario/).inputValue();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link.length).toBeLessThan(400);
});

test('the scenario exports as a JSON file that parses and imports again; a bad file is named and changes nothing', async ({ page }, testInfo) => {
  await openPlayground(page);
  const kvm = await loadVariant(page, 'kvm', 11);
  let dialog = await openShare(page);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export kvm.json' }).click()]);
  expect(download.suggestedFilename()).toBe('kvm.json');
  const file = testInfo.outputPath('kvm.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(kvm);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await loadVariant(page, 'docker', 12);
  dialog = await openShare(page);
  const bad = join(testInfo.outputDir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...kvm, seed: -1 }));
  await dialog.getByLabel('Import a scenario file').setInputFiles(bad);
  await expect(dialog.getByRole('alert')).toContainText('bad.json: seed: a whole number from 0 to 4294967295');
  expect((await playgroundState(page)).scenario.name).toBe('docker');

  await dialog.getByLabel('Import a scenario file').setInputFiles(file);
  await expect(dialog).toBeHidden();
  await page.waitForFunction(() => window.__virtscope?.state().scenario.name === 'kvm');
  expect((await playgroundState(page)).scenario).toEqual(kvm);
});
