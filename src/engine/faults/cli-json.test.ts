import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ScenarioResult } from '../metrics/results.ts';
import { faultScenario } from './testing/fault-scenario.ts';

const root = new URL('../../..', import.meta.url).pathname;

test("the CLI's JSON shows a guest that went down as crashed, and each platform's faults", () => {
  const file = join(mkdtempSync(join(tmpdir(), 'virtscope-faults-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(faultScenario({ faults: [{ atS: 5, kind: 'guest-panic', target: 'web1' }] })));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', file, '--duration', '10', '--format', 'json'], { cwd: root, encoding: 'utf8' });
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
