/** The reader of the output going away (`cli presets | head -1`) ends the command line quietly, as it does a Unix tool. */
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** Runs the CLI with its standard output's reader gone before it writes (tsx compiles first: a second or so). */
function cliIntoClosedPipe(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

test('writing into a closed pipe ends with the command status and nothing on standard error', { timeout: 60_000 }, async () => {
  expect(await cliIntoClosedPipe('presets')).toEqual({ status: 0, stderr: '' });
  expect(await cliIntoClosedPipe('shell', 'classroom-default', '--platform', 'container', '--console', 'web1', '--', 'ps aux')).toEqual({ status: 0, stderr: '' });
});
