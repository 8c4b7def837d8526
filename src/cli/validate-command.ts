/** `cli validate`: reruns the published experiments on the model and prints paper vs model per cell. */
import { runValidation } from '../validation/run-validation.ts';
import { commandOptions } from './command-options.ts';
import { formatValidation } from './format-validation.ts';
import { quoted } from '../untrusted/clean-line.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

export function validateCommand(args: string[], io: CliIo): number {
  const { values, positionals } = commandOptions('validate', args, { format: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`validate takes no scenario (it runs its own, in public/validation/), not ${quoted(positionals[0] ?? '')}`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not ${quoted(format)}`);
  const report = runValidation();
  io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatValidation(report)}\n`);
  return 0;
}
