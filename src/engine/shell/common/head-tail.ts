/**
 * head and tail: the first or last N lines (default 10) of the pipe or of files, with
 * `==> name <==` headers when there are several files, as GNU coreutils prints them.
 * `tail -f` then follows its files as GNU tail does without inotify: it looks again every
 * second of virtual time and prints what was appended, until Ctrl-C. As in GNU tail, -f is
 * ignored when tail reads a pipe, and /proc's rendered files never grow (their size is 0).
 */
import { done, type Command, type CommandContext, type CommandOutcome, type RunningCommand } from '../command.ts';
import { refreshing } from './refresh.ts';
import { parseOptions } from './options.ts';
import { joinLines, readInputs, splitLines } from './input-text.ts';
import { resolveForFamily } from '../paths.ts';
import { NS_PER_S } from '../../sim/units.ts';

const DEFAULT_LINES = 10;
/** GNU tail's default --sleep-interval between looks at a followed file. */
const FOLLOW_INTERVAL_NS = NS_PER_S;

function takeLines(name: 'head' | 'tail', pick: (lines: string[], n: number) => string[]): Command {
  const follows = name === 'tail';
  return {
    name,
    summary: `print the ${name === 'head' ? 'first' : 'last'} lines of input (-n N${follows ? '; -f to follow files' : ''})`,
    run(ctx, args, stdin): CommandOutcome {
      // `-5` is the traditional spelling of `-n 5`.
      const normalised = args.flatMap((a) => (/^-\d+$/.test(a) ? ['-n', a.slice(1)] : [a]));
      const parsed = parseOptions(normalised, follows ? 'f' : '', 'n');
      if (!parsed.ok) return done(`${name}: ${parsed.error}\n`, 1);
      const text = parsed.value.values.get('n') ?? String(DEFAULT_LINES);
      const count = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) return done(`${name}: invalid number of lines: '${text}'\n`, 1);
      const sources = readInputs(ctx, parsed.value.operands, stdin);
      let out = '';
      let status = 0;
      const opened: string[] = [];
      sources.forEach((source, index) => {
        if (!source.ok) {
          out += `${name}: cannot open '${source.name}' for reading: ${source.error}\n`;
          status = 1;
          return;
        }
        if (source.name !== null) opened.push(source.name);
        if (sources.length > 1) out += `${index > 0 ? '\n' : ''}==> ${source.name ?? 'standard input'} <==\n`;
        out += joinLines(pick(splitLines(source.text), count));
      });
      if (!parsed.value.flags.has('f') || parsed.value.operands.length === 0) return done(out, status);
      if (opened.length === 0) return done(`${out}tail: no files remaining\n`, 1);
      return { kind: 'running', run: following(ctx, opened, out, sources.length > 1) };
    },
  };
}

/**
 * tail -f: `first` at once, then every interval what each file gained since the last look
 * (under its header when several files are followed and another one printed last).
 */
function following(ctx: CommandContext, names: readonly string[], first: string, headers: boolean): RunningCommand {
  const contentOf = (file: string): string | null => {
    const read = ctx.machine.fs.read(resolveForFamily(ctx.machine.family, ctx.cwd, file));
    return read.ok ? read.value : null;
  };
  const seen = new Map(names.map((file) => [file, contentOf(file)]));
  let lastPrinted = names.at(-1);
  const news = (): string => {
    let out = '';
    for (const file of names) {
      const before = seen.get(file) ?? null;
      const now = contentOf(file);
      if (now === null || before === null || now === before) continue;
      seen.set(file, now);
      const truncated = !now.startsWith(before);
      const added = truncated ? now : now.slice(before.length);
      if (headers && lastPrinted !== file) out += `\n==> ${file} <==\n`;
      lastPrinted = file;
      out += (truncated ? `tail: ${file}: file truncated\n` : '') + added;
    }
    return out;
  };
  return refreshing({
    startNs: ctx.machine.now(),
    intervalNs: FOLLOW_INTERVAL_NS,
    count: null,
    fullScreen: false,
    quitKey: false,
    frame: (_nowNs, index) => (index === 0 ? first : news()),
  });
}

export const headCommand = takeLines('head', (lines, n) => lines.slice(0, n));
export const tailCommand = takeLines('tail', (lines, n) => (n === 0 ? [] : lines.slice(-n)));
