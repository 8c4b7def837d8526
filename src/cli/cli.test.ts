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

// Each test starts the CLI (tsx compiles it first): seconds each on a busy 2-core machine.
describe('the command line', { timeout: 30_000 }, () => {
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

  test('the table says when a workload with a fixed amount of work did it', () => {
    const r = cli('run', 'public/validation/barham2003-dbench.json', '--duration', '30');
    expect(r.status).toBe(0);
    const done = r.stdout.match(/^ {2}bench: its operations were done at [\d.]+ s; its rate is over the time they took$/gm);
    expect(done).toHaveLength(4);
  });

  test('prints CSV with a header and one row per platform and guest', () => {
    const r = cli('run', 'classroom-default', '--duration', '5', '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^platform,guest,os,workload,state,/);
    expect(lines).toHaveLength(1 + 4 * 3);
  });

  test('a malformed scenario gets one line naming the field, and status 2', () => {
    const file = scenarioFile(JSON.stringify({ version: 2, name: 'x', seed: 1, host: { cpu: 'pentium-pro' } }));
    const r = cli('run', file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('host.cpu');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  test('JSON that does not parse, an unknown preset and a bad option are usage errors', () => {
    expect(cli('run', scenarioFile('{"version": 2,')).status).toBe(2);
    const unknown = cli('run', 'no-such-preset');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('neither a scenario file, a preset nor a lab');
    const bad = cli('run', 'classroom-default', '--duration', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--duration');
  });

  test("a lab, by its id or its file, runs the lab's scenario; a lab file with mistakes says so", () => {
    const byId = cli('shell', 'memory-pressure', '--platform', 'container', '--console', 'app', '--', 'hostname');
    expect(byId.status).toBe(0);
    expect(byId.stdout).toMatch(/^root@app:~# hostname\napp$/m);
    const byFile = cli('run', 'public/labs/windows-container.json', '--duration', '1', '--format', 'json');
    expect(byFile.status).toBe(0);
    expect((JSON.parse(byFile.stdout) as { scenario: string }).scenario).toBe('classroom-default');
    const broken = cli('run', scenarioFile('{"version": 1, "steps": []}'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/a lab with mistakes: .*labs check/);
  });
});

// Each case starts the CLI a few times (about 1.5 s each on this machine).
describe('the command line speaks share links', { timeout: 30_000 }, () => {
  test('link prints the page link for a preset, at the dev address or --base', () => {
    const r = cli('link', 'classroom-default');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#v2\.[A-Za-z0-9_-]+\n$/);
    expect(r.stdout.trim().length).toBeLessThan(400);
    expect(cli('link', 'xen', '--base', 'https://example.org/vs/').stdout).toMatch(/^https:\/\/example\.org\/vs\/#v2\./);
  });

  test('run accepts a link and gives the same results as the scenario it came from', () => {
    const link = cli('link', 'io-comparison').stdout.trim();
    const viaLink = cli('run', link, '--duration', '2', '--format', 'json');
    expect(viaLink.status).toBe(0);
    expect(viaLink.stdout).toBe(cli('run', 'io-comparison', '--duration', '2', '--format', 'json').stdout);
  });

  test('a bad link or --base is one line and status 2', () => {
    const link = cli('link', 'classroom-default').stdout.trim();
    for (const [args, message] of [
      [['run', link.slice(0, -6)], 'The link is truncated'],
      [['shell', link.replace('#v2.', '#v4.'), '--platform', 'hosted', '--console', 'web1'], 'format v4'],
      [['link', 'xen', '--base', 'ftp://example.org/'], '--base must be an http or https address'],
    ] as const) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^virtscope: .*${message}.*\\n$`));
    }
  });
});

describe('the density command', { timeout: 60_000 }, () => {
  test('prints, per platform, throughput per guest as guests are added, and the knee', () => {
    const r = cli('density', 'density', '--guest', 'linux:web-server', '--max', '4', '--window', '2');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Density of linux:web-server guests \(1 vCPU, 512 MiB\) on density/);
    expect(lines[2]).toMatch(/^guests\s+native\s+hosted\s+bare-metal\s+container\s+\(requests\/s per guest/);
    expect(lines[3]).toMatch(/^1\s+[\d.]+ 100%\s+[\d.]+ 100%\s+[\d.]+ 100%\s+[\d.]+ 100%$/);
    // Native's knee is servers, one per guest (its baseline), not guests on this one host.
    expect(lines.at(-2)).toMatch(/^knee\s+4 servers\s+\d+\s+\d+\s+\d+$/);
    expect(lines.at(-1)).toBe('native: each guest on a dedicated server of this hardware, so none slows another: 4 guests take 4 servers');
  });

  test('--format json gives each platform its points and knee', () => {
    const r = cli('density', 'density', '--guest', 'linux:cpu-int', '--max', '2', '--window', '1', '--format', 'json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { curves: { platform: string; knee: number; points: { guests: number; relative: number }[] }[] };
    expect(out.curves.map((c) => c.platform)).toEqual(['native', 'hosted', 'bare-metal', 'container']);
    for (const c of out.curves) expect(c.points.map((p) => p.guests)).toEqual([1, 2]);
  });

  test('a missing or malformed --guest is one line and status 2', () => {
    for (const [args, message] of [
      [['density', 'density'], 'density needs --guest'],
      [['density', 'density', '--guest', 'linux'], '<os>:<workload>'],
      [['density', 'density', '--guest', 'linux:oltp', '--threshold', '2'], '--threshold must be'],
    ] as const) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^virtscope: .*${message}.*\\n$`));
    }
  });
});
