/**
 * Every shipped preset's output, byte for byte, as the CLI prints it: `run <preset>
 * --duration 120 --format json` (the default duration, past every guest's boot), and an
 * lmbench typed into the default scenario's first guest on each platform (`shell`).
 * A refactor must leave these files unchanged; a change to the model that alters results on
 * purpose updates them (`npx vitest run tests/preset-outputs.test.ts -u`) and says so.
 */
import { describe, expect, test } from 'vitest';
import { runShell } from '../src/cli/run-shell.ts';
import { PLATFORM_KINDS, PRESET_NAMES, defaultScenario, loadPreset, plainText, runScenario } from '../src/engine/index.ts';

const DURATION_S = 120;

describe('preset outputs are unchanged', () => {
  test.each(PRESET_NAMES.map((n) => [n]))('run %s --duration 120 --format json', async (name) => {
    const scenario = loadPreset(name);
    if (scenario === undefined) throw new Error(`no preset ${name}`);
    const json = `${JSON.stringify(runScenario(scenario, DURATION_S), null, 2)}\n`;
    await expect(json).toMatchFileSnapshot(`__snapshots__/presets/${name}.json`);
    // hosting-server's 300 guests take tens of seconds on a busy 2-core machine.
  }, 180_000);

  test.each(PLATFORM_KINDS.map((k) => [k]))('shell default --platform %s: lmbench in the first guest', async (platform) => {
    const scenario = defaultScenario();
    const guest = scenario.guests[0]?.name ?? '';
    const out = plainText(runShell(scenario, { platform, console: guest, commands: ['lmbench'] }));
    await expect(out).toMatchFileSnapshot(`__snapshots__/shell/${platform}-lmbench.txt`);
  });
});
