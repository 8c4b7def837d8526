/**
 * ls: GNU coreutils' on Linux (directories coloured as dircolors' default 01;34) and
 * Solaris's /usr/bin/ls (no colours, its own long-format columns and messages).
 * Options: -l -a -A -1 -h -d. The files Linux renders (/proc's, /sys/block's, /var/log's:
 * rendered-files.ts) appear in a Linux listing.
 */
import type { FileStat } from '../../os/filesystem.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { parseFlags } from './flags.ts';
import { columnLayout, gnuLongLines, lsDate, modeString, solarisLongLines, type Entry, type LongRow } from './ls-format.ts';
import { resolvePath } from './paths.ts';
import { machineStat, renderedNames } from './rendered-files.ts';
import { humanBytes } from './sizes.ts';

export type LsFlavour = 'gnu' | 'solaris';

const DIR_COLOUR = '\x1b[01;34m';
const RESET = '\x1b[0m';

interface LsOptions {
  readonly long: boolean;
  readonly all: boolean;
  readonly almostAll: boolean;
  readonly onePerLine: boolean;
  readonly human: boolean;
  readonly dirAsFile: boolean;
  readonly colour: boolean;
  readonly flavour: LsFlavour;
}

function statOf(ctx: CommandContext, path: string, flavour: LsFlavour): FileStat | null {
  return flavour === 'gnu' ? machineStat(ctx.machine, path) : ctx.machine.fs.stat(path);
}

function entry(name: string, path: string, stat: FileStat, opts: LsOptions): Entry {
  const shown = opts.colour && stat.kind === 'dir' ? `${DIR_COLOUR}${name}${RESET}` : name;
  return { name, shown, path, stat };
}

function dirEntries(ctx: CommandContext, path: string, opts: LsOptions): Entry[] {
  const listed = ctx.machine.fs.list(path);
  const names = new Set(listed.ok ? listed.value : []);
  if (opts.flavour === 'gnu') for (const name of renderedNames(ctx.machine, path)) names.add(name);
  const visible = [...names].filter((n) => opts.all || opts.almostAll || !n.startsWith('.')).sort();
  const entries: Entry[] = [];
  if (opts.all) {
    const parent = path === '/' ? '/' : path.slice(0, path.lastIndexOf('/')) || '/';
    for (const [name, p] of [['.', path], ['..', parent]] as const) {
      const st = ctx.machine.fs.stat(p);
      if (st !== null) entries.push(entry(name, p, st, opts));
    }
  }
  for (const name of visible) {
    const p = path === '/' ? `/${name}` : `${path}/${name}`;
    const st = statOf(ctx, p, opts.flavour);
    if (st !== null) entries.push(entry(name, p, st, opts));
  }
  return entries;
}

function linkCount(ctx: CommandContext, e: Entry): number {
  if (e.stat.kind === 'file') return 1;
  const listed = ctx.machine.fs.list(e.path);
  if (!listed.ok) return 2;
  const sep = e.path === '/' ? '' : '/';
  return 2 + listed.value.filter((n) => ctx.machine.fs.stat(`${e.path}${sep}${n}`)?.kind === 'dir').length;
}

/** 1K blocks (GNU, 4 KiB ext3 blocks) or 512-byte blocks (Solaris) for the "total" line. */
function blocks(stat: FileStat, flavour: LsFlavour): number {
  if (flavour === 'gnu') return Math.ceil(stat.size / 4096) * 4;
  return Math.ceil(stat.size / 512);
}

function render(ctx: CommandContext, entries: readonly Entry[], opts: LsOptions, withTotal: boolean): string {
  if (!opts.long) return opts.onePerLine ? entries.map((e) => e.shown + '\n').join('') : columnLayout(entries, ctx.columns);
  const now = ctx.machine.now();
  const rows: LongRow[] = entries.map((e) => ({
    mode: modeString(e.path, e.stat),
    links: linkCount(ctx, e),
    size: opts.human ? humanBytes(e.stat.size) : String(e.stat.size),
    date: lsDate(e.stat.modifiedNs, now, ctx.machine.epochUnixS),
    shown: e.shown,
  }));
  const total = withTotal ? `total ${entries.reduce((sum, e) => sum + blocks(e.stat, opts.flavour), 0)}\n` : '';
  return total + (opts.flavour === 'gnu' ? gnuLongLines(rows) : solarisLongLines(rows));
}

function runLs(ctx: CommandContext, args: readonly string[], flavour: LsFlavour) {
  const colourOff = args.includes('--color=never');
  const parsed = parseFlags(
    args.filter((a) => !a.startsWith('--color')),
    'laA1hd',
    { all: 'a', 'almost-all': 'A', 'human-readable': 'h', directory: 'd' },
  );
  if (parsed.bad !== null) {
    return flavour === 'gnu'
      ? done(`ls: invalid option -- '${parsed.bad.replace(/^-+/, '')}'\nTry 'ls --help' for more information.\n`, 2)
      : done(`ls: illegal option -- ${parsed.bad.replace(/^-+/, '')}\nusage: ls -1RaAdCxmnlhogrtuvVcpFbqisfHLeE@ [files]\n`, 2);
  }
  const f = parsed.flags;
  const opts: LsOptions = {
    long: f.has('l'),
    all: f.has('a'),
    almostAll: f.has('A'),
    onePerLine: f.has('1'),
    human: f.has('h'),
    dirAsFile: f.has('d'),
    colour: flavour === 'gnu' && !colourOff,
    flavour,
  };
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  let errors = '';
  const files: Entry[] = [];
  const dirs: { arg: string; path: string }[] = [];
  for (const arg of operands) {
    const path = resolvePath(ctx, arg);
    const st = statOf(ctx, path, flavour);
    if (st === null) {
      errors += flavour === 'gnu' ? `ls: cannot access ${arg}: No such file or directory\n` : `${arg}: No such file or directory\n`;
    } else if (st.kind === 'dir' && !opts.dirAsFile) {
      dirs.push({ arg, path });
    } else {
      files.push(entry(arg, path, st, opts));
    }
  }
  const sections: string[] = [];
  if (files.length > 0) sections.push(render(ctx, files, opts, false));
  const headed = operands.length > 1;
  for (const d of dirs) {
    const body = render(ctx, dirEntries(ctx, d.path, opts), opts, true);
    sections.push(headed ? `${d.arg}:\n${body}` : body);
  }
  return done(errors + sections.join('\n'), errors === '' ? 0 : 2);
}

export function makeLs(flavour: LsFlavour): Command {
  return {
    name: 'ls',
    summary: 'list directory contents',
    run: (ctx, args) => runLs(ctx, args, flavour),
  };
}

export const LS: Command = makeLs('gnu');
