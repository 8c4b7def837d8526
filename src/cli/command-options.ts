/**
 * A command's options and positional arguments, read with node:util's parseArgs; an option
 * the command does not take is one line naming the command and the options it does take
 * (parseArgs's own message suggests `-- "--frmat"`, which helps nobody who mistyped).
 */
import { parseArgs } from 'node:util';
import { quoted } from '../untrusted/clean-line.ts';
import { UsageError } from './usage-error.ts';

export type StringOptions = Readonly<Record<string, { readonly type: 'string' }>>;

export function commandOptions<T extends StringOptions>(command: string, args: readonly string[], options: T) {
  const loose = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const t of loose.tokens) {
    if (t.kind === 'option-terminator') break;
    if (t.kind === 'option' && !Object.hasOwn(options, t.name)) {
      const known = Object.keys(options).map((o) => `--${o}`);
      const takes = known.length > 0 ? `options: ${known.join(', ')}` : 'it takes none';
      throw new UsageError(`unknown option ${quoted(t.rawName)} for ${command} (${takes}; ${command} --help for more)`);
    }
  }
  return parseArgs({ args: [...args], options, allowPositionals: true });
}

/** A command that takes no options and no arguments: anything after it is a mistake. */
export function noArguments(command: string, args: readonly string[]): void {
  const { positionals } = commandOptions(command, args, {});
  if (positionals.length > 0) throw new UsageError(`${command} takes no arguments, not ${quoted(positionals[0] ?? '')}`);
}
