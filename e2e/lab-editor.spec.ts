/**
 * A teacher's own lab: written in the page's lab editor, tried against the running
 * scenario, handed out as a link; a student opens the link in a fresh page, walks it to the
 * end and hands in a link that shows the teacher the same state.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openConsoleTab, terminalRows, test } from './support/playground.ts';

const field = (scope: Locator, label: string): Locator => scope.getByLabel(label, { exact: true });

async function writeLab(page: Page): Promise<Locator> {
  await page.goto('/?testHooks');
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  await page.getByRole('dialog', { name: 'Gallery' }).getByRole('button', { name: 'Write a lab…' }).click();
  const editor = page.getByRole('dialog', { name: 'Write a lab' });
  await field(editor, 'Lab id (for its file and link)').fill('kernel-name');
  await field(editor, 'Title').fill('Which kernel?');
  await field(editor, 'Summary').fill('Ask the host OS its kernel, then name the layer.');

  const first = editor.getByRole('listitem', { name: 'Step 1' });
  await field(first, 'Step title').fill('Ask the host');
  await field(first, 'Instructions (Markdown)').fill('Type **uname -a** in the *host OS · hosted* console, then press Verify.');
  await expect(first.getByRole('region', { name: 'Preview of step 1' }).locator('strong')).toHaveText('uname -a');
  await field(first, 'Pattern (a regular expression)').fill('^\\s*uname\\b');
  await first.getByRole('button', { name: 'Try this check now' }).click();
  await expect(first.getByRole('status')).toHaveText('Not yet — nothing has been typed in the host OS · hosted console yet');

  await editor.getByRole('button', { name: 'Add a step' }).click();
  const second = editor.getByRole('listitem', { name: 'Step 2' });
  await field(second, 'Step title').fill('Name the layer');
  await field(second, 'Instructions (Markdown)').fill('Look at the hosted column.');
  await field(second, 'Kind of check').selectOption('answer');
  await expect(editor.getByRole('region', { name: 'Mistakes' })).toContainText('steps[1].check.question: must not be empty');
  await field(second, 'Question').fill('Which layer runs each VM?');
  await field(second, 'Accepted answers (comma-separated)').fill('vmm, the vmm');
  await field(second, 'Answer to try').fill('VMM');
  await second.getByRole('button', { name: 'Try this check now' }).click();
  await expect(second.getByRole('status')).toHaveText('Passed — right answer');
  await expect(editor.getByRole('region', { name: 'Mistakes' })).toContainText('No mistakes');
  return editor;
}

test('a lab written in the editor, exported as a link, opens in a fresh page and can be completed; its hand-in shows the teacher the same state', async ({ page, context }) => {
  const editor = await writeLab(page);
  await editor.getByRole('button', { name: 'Make a link' }).click();
  const link = await field(editor, "The lab's link").inputValue();
  expect(link).toMatch(/#lab-data=[A-Za-z0-9_-]+$/);

  const student = await context.newPage();
  await student.goto(link.replace(/^(https?:\/\/[^/]+\/)/, '$1?testHooks'));
  const panel = student.locator('aside.lab-panel');
  await expect(panel.getByRole('heading', { name: 'Which kernel?' })).toBeVisible();
  await expect(panel).toContainText('0 of 2 steps done');
  await openConsoleTab(student, 'host OS · hosted');
  await expect(terminalRows(student)).toContainText('root@');
  await student.keyboard.type('uname -a');
  await student.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Verify' }).click();
  await expect(panel.locator('section.lab-step').getByRole('status')).toContainText('Passed — "uname -a" was run in the host OS · hosted console');
  await panel.getByRole('button', { name: 'Next step' }).click();
  await panel.getByRole('textbox').fill('the VMM');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel).toContainText('Complete: all 2 steps done');

  const handIn = panel.getByRole('region', { name: 'Hand in your work' });
  await expect(handIn).toContainText('answered “the VMM”');
  await handIn.getByRole('button', { name: 'Make a hand-in link' }).click();
  const handInLink = await field(handIn, 'Hand-in link').inputValue();
  expect(handInLink).toMatch(/#lab-report=[A-Za-z0-9_-]+$/);

  const teacher = await context.newPage();
  await teacher.goto(handInLink.replace(/^(https?:\/\/[^/]+\/)/, '$1?testHooks'));
  const review = teacher.locator('aside.lab-panel');
  await expect(review).toContainText("A student's hand-in");
  await expect(review).toContainText('Complete: all 2 steps done');
  // The student's run: what they typed is in the console, replayed at its instant.
  await openConsoleTab(teacher, 'host OS · hosted');
  await expect(terminalRows(teacher)).toContainText('uname -a');
});

test('a lab file with mistakes lists them as labs check does, and the playground keeps running', async ({ page }) => {
  await page.goto('/?testHooks');
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  const bad = { version: 1, id: 'bad', title: 'Bad', summary: 'x', scenario: 'classroom-default', steps: [{ title: 'S', instructions: 'i', check: { kind: 'guest-state', platform: 'hosted', guest: 'web9', state: 'up' } }] };
  await page
    .getByRole('dialog', { name: 'Gallery' })
    .getByLabel('Open a lab file…')
    .setInputFiles({ name: 'bad-lab.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.locator('aside.lab-panel').getByRole('alert');
  await expect(alert).toContainText('bad-lab.json: steps[0].check.state: a guest state: booting, running, stopped, crashed, refused');
  await expect(page.getByRole('timer', { name: 'Virtual time' })).toBeVisible();
});

test('a lab file opens in the lab panel, its link in the address: a reload keeps the lab and the progress', async ({ page }) => {
  await page.goto('/?testHooks');
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  const lab = { version: 1, id: 'from-file', title: 'From a file', summary: 'One question.', scenario: 'classroom-default', steps: [{ title: 'Q', instructions: 'Answer.', check: { kind: 'answer', question: 'Which layer do containers share?', accept: ['shared kernel'] } }] };
  await page
    .getByRole('dialog', { name: 'Gallery' })
    .getByLabel('Open a lab file…')
    .setInputFiles({ name: 'from-file.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lab)) });
  const panel = page.locator('aside.lab-panel');
  await expect(panel.getByRole('heading', { name: 'From a file' })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#lab-data=/);
  await panel.getByRole('textbox').fill('Shared kernel');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel).toContainText('Complete: the step is done');
  await page.reload();
  await expect(page.locator('aside.lab-panel')).toContainText('Complete: the step is done');
});
