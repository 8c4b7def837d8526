import { column, expect, guestCard, openConsoleTab, openPlayground, PLATFORMS, terminalRows, test } from './support/playground.ts';
import type { Page } from '@playwright/test';

/** Runs at the fastest speed until every platform's guests that can run are running, then pauses. */
async function runUntilAllUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => {
    const s = window.__virtscope?.state();
    return s !== undefined && Object.values(s.platforms).every((p) => p.snapshot !== null && p.snapshot.result.guests.every((g) => g.state === 'running' || g.state === 'refused'));
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

test('a guest panic from the Fault menu: each column shows its blast radius, and a crashed guest restarts', async ({ page }) => {
  await openPlayground(page);
  await runUntilAllUp(page);

  const menu = column(page, 'hosted').locator('.fault-menu');
  await menu.locator('summary').click();
  await menu.getByLabel('Kind').selectOption('guest-panic');
  await menu.getByLabel('In guest').selectOption('web1');
  await menu.getByRole('button', { name: 'Inject into all four' }).click();

  for (const k of ['hosted', 'bare-metal'] as const) {
    await expect(guestCard(page, 'web1', k)).toHaveAttribute('data-state', 'crashed');
    await expect(guestCard(page, 'build1', k)).toHaveAttribute('data-state', 'running');
    const faults = column(page, k).getByRole('region', { name: 'Faults' });
    await expect(faults).toContainText('Went down: web1');
    await expect(faults).toContainText('Kept running: build1');
    await expect(guestCard(page, 'web1', k)).toContainText('kernel panic');
  }
  for (const k of ['native', 'container'] as const) {
    await expect(column(page, k).getByRole('region', { name: 'Faults' })).toContainText('Not applicable here');
    await expect(guestCard(page, 'web1', k)).toHaveAttribute('data-state', 'running');
  }
  // Every column got the fault at the same virtual instant.
  const at = await page.evaluate(() => {
    const s = window.__virtscope?.state();
    return s ? Object.values(s.platforms).map((p) => p.snapshot?.result.faults?.[0]?.atMs) : [];
  });
  expect(new Set(at).size).toBe(1);
  expect(at).toHaveLength(PLATFORMS.length);

  await guestCard(page, 'web1', 'hosted').getByRole('button', { name: 'Restart web1 on hosted' }).click();
  await expect(guestCard(page, 'web1', 'hosted')).toHaveAttribute('data-state', 'booting');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(guestCard(page, 'web1', 'hosted')).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
  await expect(column(page, 'hosted').getByRole('region', { name: 'Faults' })).toContainText(/Recovery: \d+\.\d s/);
  await expect(guestCard(page, 'web1', 'bare-metal')).toHaveAttribute('data-state', 'crashed');
});

test("the bash fork bomb typed into a container fills the shared kernel's process table: the build next door stalls", async ({ page }) => {
  await openPlayground(page);
  await openConsoleTab(page, 'web1 · container');
  await runUntilAllUp(page);
  const rows = terminalRows(page);
  await expect(rows).toContainText('root@web1');
  await page.locator('.terminal-host:not([hidden]) .xterm-helper-textarea').focus();
  await page.keyboard.type(':(){ :|:& };:');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText("no process limit: the shared kernel's process table (32768) is full");

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const faults = column(page, 'container').getByRole('region', { name: 'Faults' });
  await expect(faults).toContainText('Stalled: build1', { timeout: 30_000 });
  await expect(faults).toContainText("no process limit: the shared kernel's process table (32768) is full");
  // Typed on the container only: the VMs' columns have no fault.
  await expect(column(page, 'hosted').getByRole('region', { name: 'Faults' })).toHaveCount(0);
});

test('kill -9 of a VM’s process in the host OS console crashes that VM’s card, with the signal as the reason; Restart brings it back', async ({ page }) => {
  await openPlayground(page);
  await runUntilAllUp(page);
  await openConsoleTab(page, 'host OS · hosted');
  await page.keyboard.type('ps -ef | grep build1');
  await page.keyboard.press('Enter');
  await expect(terminalRows(page)).toContainText('--comment build1');
  const pid = /root\s+(\d+)\s.*--comment build1/.exec((await terminalRows(page).innerText()).replace(/\u00a0/g, ' '))?.[1];
  expect(pid).toBeDefined();
  await page.keyboard.type(`kill -9 ${pid}`);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Step 1 s' }).click();
  const card = guestCard(page, 'build1', 'hosted');
  await expect(card).toContainText(`VBoxHeadless (pid ${pid}), was killed with signal 9`);
  await expect(guestCard(page, 'web1', 'hosted')).toContainText('Running');
  await card.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('button', { name: 'Step 1 s' }).click();
  await expect(card).toContainText('Booting');
});
