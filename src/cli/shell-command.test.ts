/**
 * `cli shell` says on standard error what the terminal does not: a guest with no shell to
 * type into (refused, crashed, powered off, still booting) and a command stopped at the
 * headless shell's limit; a full-screen program's frames and screens come out readable.
 */
import { describe, expect, test } from 'vitest';
import { isOneCleanLine } from '../untrusted/testing/raw-control.ts';
import { cliInProcess } from './testing/cli-in-process.ts';

const shell = (scenario: string, platform: string, guest: string, commands: readonly string[], extra: readonly string[] = [], isTTY = false) =>
  cliInProcess(['shell', scenario, '--platform', platform, '--console', guest, ...extra, '--', ...commands], isTTY);

// Each case boots a scenario and runs it for up to a virtual hour: seconds each.
describe('a guest with no shell', { timeout: 60_000 }, () => {
  test('crashed by the OOM killer before --at: one line says so and why, and status 3', () => {
    const r = shell('hosting-server', 'hosted', 'site001', ['uptime', 'free -m'], ['--at', '300']);
    expect(r.status).toBe(3);
    expect(isOneCleanLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/^virtscope: site001 has no shell, so 2 commands were not typed: it crashed at [\d.]+ virtual s: out of memory: the host's OOM killer killed the VM's process/);
  });

  test('refused by the platform: one line naming the platform, and status 3', () => {
    const r = shell('classroom-default', 'container', 'win1', ['ver']);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('win1 cannot run here: A container shares the host');
    expect(r.stderr).toMatch(/^virtscope: win1 has no shell, so 1 command was not typed: it cannot run on container: A container shares the host's Linux kernel/);
  });

  test('crashed by a kernel panic between commands: the rest are not typed, and status 3', () => {
    const r = shell('classroom-default', 'hosted', 'web1', ['echo c > /proc/sysrq-trigger', 'uptime']);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('[web1 crashed: kernel panic');
    expect(r.stdout).not.toContain('load average');
    expect(r.stderr).toMatch(/^virtscope: web1 has no shell, so 1 command was not typed: it crashed at 48 virtual s: kernel panic - not syncing/);
  });

  test('a guest up throughout: nothing on standard error, status 0', () => {
    const r = shell('classroom-default', 'hosted', 'web1', ['hostname']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('a command that would not end', { timeout: 60_000 }, () => {
  test('is stopped at the limit with ^C, and a line says why and where the limit is set', () => {
    const r = shell('classroom-default', 'hosted', 'web1', ['sleep 100000', 'echo next']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\^C\n.*# echo next\nnext\n/m);
    expect(r.stderr).toBe("virtscope: 'sleep 100000' was stopped (^C) at the headless shell's limit of 3600 virtual s per command (COMMAND_LIMIT_S, src/engine/headless-shell.ts)\n");
  });
});

describe('top through the command line', { timeout: 60_000 }, () => {
  test('piped, each frame starts on a line of its own', () => {
    const r = shell('classroom-default', 'hosted', 'web1', ['top -n 2']);
    const frames = r.stdout.match(/^top - \d\d:\d\d:\d\d up /gm);
    expect(frames).toHaveLength(2);
    expect(r.stdout).not.toMatch(/\Stop - \d/);
  });

  test('on a terminal, cut off at its output cap and stopped, it still leaves the alternate screen before the prompt', () => {
    const r = shell('classroom-default', 'hosted', 'web1', ['top', 'echo after'], [], true);
    const left = r.stdout.lastIndexOf('\x1b[?1049l');
    expect(left).toBeGreaterThan(r.stdout.lastIndexOf('\x1b[?1049h'));
    expect(r.stdout.slice(left)).toMatch(/# echo after\r\nafter\r\n/);
  });
});

describe('shell, its commands not behind --', () => {
  test('says where they go, with the command line as it should be', () => {
    const r = cliInProcess(['shell', 'classroom-default', '--platform', 'hosted', '--console', 'web1', 'ls']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("virtscope: shell takes one scenario; the commands to type go after --, e.g. shell classroom-default --platform hosted --console web1 -- 'ls'\n");
  });
});
