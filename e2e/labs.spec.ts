import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openConsoleTab, terminalRows, test } from './support/playground.ts';

/** Opens the page at a lab's link and waits until the lab's scenario runs in every platform's worker. */
async function openLab(page: Page, id: string, scenario: string): Promise<Locator> {
  await page.goto(`/?testHooks#lab=${id}`);
  await page.waitForFunction((name) => {
    const s = window.__virtscope?.state();
    return s?.scenario.name === name && Object.values(s.platforms).every((p) => p.health === 'ok' && p.snapshot !== null);
  }, scenario);
  const panel = page.locator('aside.lab-panel');
  await expect(panel).toBeVisible();
  // A lab link is not a shared run: no "link could not be opened" banner.
  await expect(page.getByText('This link could not be opened')).toHaveCount(0);
  return panel;
}

const step = (panel: Locator, n: number): Locator => panel.getByRole('listitem', { name: new RegExp(`^Step ${n}: `) });

async function typeIn(page: Page, consoleTitle: string, prompt: string, line: string): Promise<void> {
  await openConsoleTab(page, consoleTitle);
  await expect(terminalRows(page)).toContainText(prompt);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function answer(panel: Locator, n: number, text: string): Promise<void> {
  const s = step(panel, n);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
}

async function runFast(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Speed max' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

test('a lab opened by its link is walked from start to finish: commands, answers, a metric, each check passing', async ({ page }) => {
  const panel = await openLab(page, 'three-architectures', 'classroom-default');
  await expect(panel.getByRole('heading', { name: "The three architectures' layers" })).toBeVisible();
  await expect(panel).toContainText('0 of 6 steps done');
  await expect(step(panel, 1)).toContainText('Not yet — nothing has been typed in manager on hosted yet');

  await step(panel, 1).getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
  await expect(step(panel, 1).getByRole('complementary', { name: 'Hint 1' })).toContainText('Consoles tab');

  await typeIn(page, 'host OS · hosted', 'root@', 'ps aux');
  await expect(step(panel, 1)).toContainText('Passed — "ps aux" was run in manager on hosted');
  await expect(panel).toContainText('1 of 6 steps done');

  await answer(panel, 2, 'hypervisor');
  await expect(step(panel, 2)).toContainText('Not yet — not the answer we are looking for');
  await answer(panel, 2, '  The VMM ');
  await expect(step(panel, 2)).toContainText('Passed — right answer');

  await runFast(page);
  await expect(step(panel, 3)).toContainText('Passed — platforms.hosted.cpuMsByLayer.vmm is', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await typeIn(page, 'dom0 · bare-metal', 'root@dom0', 'xm list');
  await expect(terminalRows(page)).toContainText('Domain-0');
  await expect(step(panel, 4)).toContainText('Passed');

  await answer(panel, 5, '4');
  await answer(panel, 6, 'Shared kernel');
  await expect(step(panel, 5)).toContainText('Passed');
  await expect(step(panel, 6)).toContainText('Passed');
  await expect(panel).toContainText('Complete: all 6 steps done');
  await expect(panel.getByRole('progressbar', { name: 'Lab progress' })).toHaveAttribute('value', '6');
});

test('the Windows-in-a-container lab: a refusal, a command and guests booting pass as the run goes on', async ({ page }) => {
  const panel = await openLab(page, 'windows-container', 'classroom-default');
  await expect(step(panel, 1)).toContainText('Passed — win1 on container is refused');
  await typeIn(page, 'Docker host · container', 'root@', 'uname -a');
  await expect(step(panel, 2)).toContainText('Passed');
  await expect(step(panel, 3)).toContainText('Not yet — win1 on hosted is booting');
  await runFast(page);
  await expect(step(panel, 3)).toContainText('Passed — win1 on hosted is running', { timeout: 45_000 });
  await expect(step(panel, 4)).toContainText('Passed — win1 on bare-metal is running', { timeout: 45_000 });
  await answer(panel, 5, 'the host kernel');
  await expect(panel).toContainText('Complete: all 5 steps done');
});

test('lab Markdown is rendered as elements: HTML is dropped and only http(s) links survive', async ({ page }) => {
  const lab = {
    version: 1,
    id: 'markup',
    title: 'Markup',
    summary: 'Hostile text.',
    scenario: 'classroom-default',
    steps: [
      {
        title: 'Step',
        instructions: 'Plain **bold** <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> [bad](javascript:window.pwned=3) [good](https://example.org/)',
        check: { kind: 'answer', question: 'Q?', accept: ['a'] },
      },
    ],
  };
  await page.route('**/labs/markup.json', (route) => route.fulfill({ json: lab }));
  const panel = await openLab(page, 'markup', 'classroom-default');
  const text = step(panel, 1);
  await expect(text.locator('.lab-markdown strong')).toHaveText('bold');
  await expect(text.locator('img, script')).toHaveCount(0);
  await expect(text.getByRole('link', { name: 'good' })).toHaveAttribute('href', 'https://example.org/');
  await expect(text.getByRole('link', { name: 'bad' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test('a malformed lab link says so and the playground keeps running', async ({ page }) => {
  await page.goto('/?testHooks#lab=NOT%20A%20LAB');
  const panel = page.locator('aside.lab-panel');
  await expect(panel.getByRole('alert')).toContainText('the lab link is malformed');
  await page.waitForFunction(() => window.__virtscope?.state().scenario.name === 'classroom-default');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the lab panel has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const panel = await openLab(page, 'density', 'density');
    await step(panel, 1).getByRole('button', { name: /^Show a hint/ }).click();
    await answer(panel, 1, '14');
    await expect(step(panel, 1)).toContainText('Passed');
    const { violations } = await new AxeBuilder({ page }).include('aside.lab-panel').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
