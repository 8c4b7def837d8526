/**
 * Typing into a console the clock or the guest cannot answer yet: a guest that has not
 * booted reads no keys, and a paused run runs no command. The console says so at once,
 * rather than the line vanishing (a lab opened by its link waits at 0:00:00 for Run).
 */
import type { Page } from '@playwright/test';
import { expect, openConsoleTab, terminalRows, test } from './support/playground.ts';

const note = (page: Page) => page.locator('.terminal-panel').getByRole('status');

async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('a line typed into a guest that has not booted is not silently lost; one typed while paused waits for the clock, and says so', async ({ page }) => {
  await page.goto('/?testHooks#lab=bt-vs-hardware-assist');
  await page.waitForFunction(() => window.__virtscope?.state().scenario.name === 'bt-vs-hardware-assist');
  await openConsoleTab(page, 'calls · hosted');
  await typeLine(page, 'lat_syscall null');
  await expect(note(page)).toContainText('calls has not started');
  await expect(note(page)).toContainText('press Run (or Step 1 s), then type it at its prompt');

  // Booted: the note says what to do with the line that was lost.
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(terminalRows(page)).toContainText('root@calls', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(note(page)).toContainText('type the line again at its prompt');

  // Paused with the shell up: the command is taken, and goes on when the clock does.
  await openConsoleTab(page, 'calls · hosted');
  await typeLine(page, 'lat_syscall null');
  await expect(note(page)).toContainText('The run is paused');
  await expect(terminalRows(page)).not.toContainText('Simple syscall');
  await page.getByRole('button', { name: 'Step 1 s', exact: true }).click();
  await expect(terminalRows(page)).toContainText('Simple syscall');
  await expect(note(page)).toHaveCount(0);
});
