import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ScenarioResult } from '../metrics/results.ts';
import { cliInProcess } from '../../cli/testing/cli-in-process.ts';
import { faultScenario } from './testing/fault-scenario.ts';

test("the CLI's JSON shows a guest that went down as crashed, and each platform's faults", () => {
  const file = join(mkdtempSync(join(tmpdir(), 'virtscope-faults-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(faultScenario({ faults: [{ atS: 5, kind: 'guest-panic', target: 'web1' }] })));
  // In-process, as the CLI's own tests: a subprocess takes seconds to start on a busy machine.
  const r = cliInProcess(['run', file, '--duration', '10', '--format', 'json']);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as ScenarioResult;
  const web1 = out.platforms.hosted.guests.find((g) => g.name === 'web1');
  expect(web1?.state).toBe('crashed');
  expect(web1?.reason).toContain('kernel panic');
  expect(out.platforms.hosted.faults).toEqual([
    expect.objectContaining({ atMs: 5000, kind: 'guest-panic', target: 'web1', applicable: true, down: ['web1'], keptRunning: ['build', 'calc'] }),
  ]);
  expect(out.platforms.container.faults?.[0]).toEqual(expect.objectContaining({ applicable: false, down: [] }));
});
