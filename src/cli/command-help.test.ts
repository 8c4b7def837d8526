/** Every command answers --help and -h with its own usage; an option it does not take is named with those it does. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliInProcess } from './testing/cli-in-process.ts';

const COMMANDS = ['run', 'shell', 'link', 'density', 'migrate', 'validate', 'presets', 'labs'] as const;

describe('help', () => {
  test.each(COMMANDS)('%s --help and -h print its usage, status 0', (command) => {
    for (const flag of ['--help', '-h']) {
      const r = cliInProcess([command, flag]);
      expect(r).toMatchObject({ status: 0, stderr: '' });
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`));
      expect(r.stdout).not.toContain('VirtScope command line');
    }
  });

  test('help <command> prints its usage; -h and help alone print them all', () => {
    expect(cliInProcess(['help', 'shell']).stdout).toMatch(/^ {2}shell <scenario\.json/);
    for (const args of [['-h'], ['help'], ['--help']]) {
      const r = cliInProcess(args);
      expect(r.status).toBe(0);
      for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  test("a --help after shell's -- is a command to type, not a request for help", () => {
    const r = cliInProcess(['shell', 'classroom-default', '--platform', 'container', '--console', 'web1', '--', 'ls --help']);
    expect(r.stdout).toContain('# ls --help');
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(cliInProcess(['--version'])).toMatchObject({ status: 0, stdout: `virtscope ${version}\n` });
  });
});

describe('unknown options', () => {
  test('are named with the command and the options it takes, status 2', () => {
    const r = cliInProcess(['run', 'classroom-default', '--frmat', 'json']);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toBe('virtscope: unknown option "--frmat" for run (options: --duration, --seed, --format, --explain; run --help for more)\n');
    expect(cliInProcess(['density', 'density', '-x']).stderr).toMatch(/^virtscope: unknown option "-x" for density \(options: --guest, --threshold, --max, --window, --format;/);
  });

  test('commands that take none refuse any, and any argument', () => {
    expect(cliInProcess(['presets', '--bogus']).stderr).toBe('virtscope: unknown option "--bogus" for presets (it takes none; presets --help for more)\n');
    expect(cliInProcess(['presets', '--format', 'json']).status).toBe(2);
    expect(cliInProcess(['presets', 'all'])).toMatchObject({ status: 2, stderr: 'virtscope: presets takes no arguments, not "all"\n' });
    expect(cliInProcess(['labs', '--bogus']).stderr).toMatch(/^virtscope: unknown option "--bogus" for labs \(it takes none;/);
  });
});
