import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scenarioFile(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtscope-cli-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, content);
  return file;
}

describe('the command line', () => {
  test('lists the presets, classroom-default among them', () => {
    const r = cli('presets');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^classroom-default\s/m);
  });

  test('prints JSON results for all four platforms', () => {
    const r = cli('run', 'classroom-default', '--duration', '5', '--format', 'json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { durationS: number; platforms: Record<string, { guests: { name: string }[] }> };
    expect(out.durationS).toBe(5);
    expect(Object.keys(out.platforms)).toEqual(['native', 'hosted', 'bare-metal', 'container']);
    expect(out.platforms['hosted']?.guests.map((g) => g.name)).toEqual(['web1', 'build1', 'win1']);
  });

  test('prints CSV with a header and one row per platform and guest', () => {
    const r = cli('run', 'classroom-default', '--duration', '5', '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^platform,guest,os,workload,state,/);
    expect(lines).toHaveLength(1 + 4 * 3);
  });

  test('a malformed scenario gets one line naming the field, and status 2', () => {
    const file = scenarioFile(JSON.stringify({ version: 1, name: 'x', seed: 1, host: { cpu: 'pentium-pro' } }));
    const r = cli('run', file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('host.cpu');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  test('JSON that does not parse, an unknown preset and a bad option are usage errors', () => {
    expect(cli('run', scenarioFile('{"version": 1,')).status).toBe(2);
    const unknown = cli('run', 'no-such-preset');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('neither a scenario file nor a preset');
    const bad = cli('run', 'classroom-default', '--duration', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--duration');
  });
});
