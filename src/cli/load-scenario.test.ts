import { describe, expect, test } from 'vitest';
import { loadPreset, type Scenario } from '../engine/index.ts';
import { encodeShareLink } from '../share/share-link.ts';
import type { SharedRun } from '../share/shared-run.ts';
import { loadScenario } from './load-scenario.ts';
import { cliInProcess } from './testing/cli-in-process.ts';

describe('a scenario that is not there', () => {
  test('a name that looks like a file is a file that does not exist', () => {
    for (const ref of ['my-scenaro.json', 'scenarios/classroom', './classroom-default']) expect(cliInProcess(['run', ref])).toMatchObject({ status: 2, stderr: `virtscope: "${ref}": no such file\n` });
  });

  test('any other name says where the presets and labs are listed, whole', () => {
    const r = cliInProcess(['run', 'classroom']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('virtscope: "classroom" is neither a scenario file, a preset nor a lab (`presets` lists the presets, `labs` the labs)\n');
  });
});

describe('a link carries more than its scenario', () => {
  const scenario = loadPreset('classroom-default') as Scenario;
  const fault = { atNs: 60e9, target: 'manager', line: 'inject-fault host-kernel-panic' };
  const linkTo = (run: SharedRun): string => {
    const r = encodeShareLink(run, 'http://127.0.0.1:5173/');
    if (!r.ok) throw new Error(r.problems.join('; '));
    return r.link;
  };
  const notes = (ref: string): string => {
    let said = '';
    expect(loadScenario(ref, (t) => (said += t))).toEqual(scenario);
    return said;
  };

  test('what the command line does not replay — faults, typed commands, migrations, the instant — is said in one line on standard error', () => {
    const link = linkTo({
      scenario,
      commands: { native: [fault], hosted: [fault, { atNs: 65e9, target: 'web1', line: 'uptime' }], 'bare-metal': [fault], container: [fault] },
      migrations: [{ atNs: 70e9, guest: 'build1' }],
      atNs: 100e9,
    });
    expect(notes(link)).toBe(
      "virtscope: the CLI runs the link's scenario alone, from 0 s: it does not replay the link's 1 typed command, 1 fault, 1 migration and virtual time (100 s) (the page does)\n",
    );
    expect(notes(linkTo({ scenario, atNs: 5e9 }))).toBe("virtscope: the CLI runs the link's scenario alone, from 0 s: it does not replay the link's virtual time (5 s) (the page does)\n");
  });

  test('a link that is only a scenario runs with nothing said', () => {
    expect(notes(linkTo({ scenario }))).toBe('');
  });
});
