/**
 * The comparison charts read as a person expects (issue 14 case 8): exit reasons in words,
 * with the layer that handles each mechanism; memory in one unit.
 */
import { expect, openPlayground, runUntil, test } from './support/playground.ts';

test('exit reasons read in words, and the note says which layer handles each mechanism shown', async ({ page }) => {
  await openPlayground(page);
  await runUntil(page, 3);
  await page.getByRole('tab', { name: 'Comparison', exact: true }).click();
  const card = page.getByRole('region', { name: 'Exits per second' });
  await expect(card).toContainText('handled by the');
  await card.getByRole('button', { name: 'Table' }).click();
  const rows = card.getByRole('table').getByRole('rowheader');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).not.toMatch(/^(exit|trap|hypercall):/);
  await expect(card.getByRole('table')).toContainText(/\((VM exit|BT trap|hypercall)\)/);
});
