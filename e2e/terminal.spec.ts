import type { Locator, Page } from '@playwright/test';
import { clock, expect, guestCard, openConsoleTab, openPlayground, runUntil, terminalRows, test } from './support/playground.ts';

/** Opens a console tab, runs the playground at full speed, and types `line` once the guest's prompt is up; the terminal's rows. */
async function typedAtPrompt(page: Page, tab: string, hostname: string, line: string): Promise<Locator> {
  await openPlayground(page);
  await openConsoleTab(page, tab);
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const rows = terminalRows(page);
  // Keys typed before the guest's shell is up are dropped, as on a real console: wait for the prompt.
  await expect(rows).toContainText(`root@${hostname}`);
  await page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  return rows;
}

test('typing uname -a in a container guest’s console prints its Linux kernel line', async ({ page }) => {
  const rows = await typedAtPrompt(page, 'web1 · container', 'web1', 'uname -a');
  await expect(rows).toContainText('uname -a');
  await expect(rows.locator('> div').filter({ hasText: /^Linux web1 / })).toHaveCount(1);
});

test('the console tabs follow the keyboard: arrows move, Enter opens and focuses the terminal', async ({ page }) => {
  await openPlayground(page);
  const tabs = page.getByRole('tablist', { name: 'Consoles by platform' }).getByRole('tab');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea')).toBeFocused();
  await tabs.first().focus();
  await page.keyboard.press('End');
  await expect(tabs.last()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.first()).toBeFocused();
});

test('“All platforms” shows one guest’s console on every platform side by side', async ({ page }) => {
  await openPlayground(page);
  await openConsoleTab(page, 'web1 · hosted');
  await page.getByRole('button', { name: 'All platforms side by side' }).click();
  const hosts = page.locator('.terminal-viewport[data-layout="grid"] .terminal-host:not([hidden])');
  await expect(hosts).toHaveCount(4);
  // Laid out in platform order (CSS order: the elements stay where they were created).
  const captions = await hosts.evaluateAll((els) =>
    els.sort((a, b) => Number((a as HTMLElement).style.order) - Number((b as HTMLElement).style.order)).map((e) => e.querySelector('.terminal-caption')?.textContent),
  );
  expect(captions).toEqual(['web1 · native', 'web1 · hosted', 'web1 · bare-metal', 'web1 · container']);
  await expect(hosts.locator('.xterm-rows')).toHaveCount(4);
  // The panel grows for them: each terminal keeps a few rows, where the normal panel left one or two on a laptop.
  await expect(page.getByRole('button', { name: 'Fold panel' })).toBeVisible();
  for (let i = 0; i < 4; i++) expect(await hosts.nth(i).locator('.xterm-rows > div').count()).toBeGreaterThanOrEqual(5);
  // A click into another platform's terminal makes it the active console.
  await hosts.nth(3).locator('.xterm-screen').click();
  await expect(page.getByRole('tab', { name: 'web1 · container', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'All platforms side by side' }).click();
  await expect(page.locator('.terminal-host:not([hidden])')).toHaveCount(1);
});

test('with the run paused, a monitor typed into dom0 draws its first frame at once', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  await openConsoleTab(page, 'dom0 · bare-metal');
  await page.keyboard.type('xentop');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText('Domain-0');
  await expect(clock(page)).toContainText('paused');
});

test('xm pause in dom0 marks the guest’s card Paused; xm unpause gives it back', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 70);
  await openConsoleTab(page, 'dom0 · bare-metal');
  const card = guestCard(page, 'web1', 'bare-metal');
  await expect(card.locator('.state-badge')).toHaveText(/Running/);
  await page.keyboard.type('xm pause web1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Step 1 s', exact: true }).click();
  await expect(card.locator('.state-badge')).toHaveText(/Paused/);
  await page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea').focus();
  await page.keyboard.type('xm unpause web1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Step 1 s', exact: true }).click();
  await expect(card.locator('.state-badge')).toHaveText(/Running/);
});

test('vmstat in a VM guest’s console prints its columns, steal (st) among them, and a report each second', async ({ page }) => {
  const rows = await typedAtPrompt(page, 'build1 · bare-metal', 'build1', 'vmstat 1 3');
  await expect(rows.locator('> div').filter({ hasText: /^ r {2}b {3}swpd {3}free .* us sy id wa st\s*$/ })).toHaveCount(1);
  // The first report (since boot) and one a virtual second for two seconds: three rows of seventeen numbers.
  await expect(rows.locator('> div').filter({ hasText: /^(\s*\d+){17}\s*$/ })).toHaveCount(3);
  await expect(rows.last()).toContainText('root@build1');
});

test('iostat -d -x in a VM guest’s console prints its disk’s extended columns, a report each second', async ({ page }) => {
  const rows = await typedAtPrompt(page, 'build1 · bare-metal', 'build1', 'iostat -d -x 1 2');
  await expect(rows.locator('> div').filter({ hasText: /^Device: +rrqm\/s .* await +svctm +%util\s*$/ })).toHaveCount(2);
  // The report since boot and one a virtual second later: the disk with eleven figures each time.
  await expect(rows.locator('> div').filter({ hasText: /^[a-z]+ +(\d+\.\d\d +){10}\d+\.\d\d\s*$/ })).toHaveCount(2);
  await expect(rows.last()).toContainText('root@build1');
});
