/** The command line run in-process, its output captured: for tests and the fuzz suite (no subprocess per case). */
import { runCli } from '../cli.ts';
import { NO_PROGRESS } from '../progress-bar.ts';

export interface CliOutcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cliInProcess(args: readonly string[], isTTY = false): CliOutcome {
  let stdout = '';
  let stderr = '';
  const status = runCli([...args], { out: (t) => (stdout += t), err: (t) => (stderr += t), isTTY, progress: () => NO_PROGRESS });
  return { status, stdout, stderr };
}
