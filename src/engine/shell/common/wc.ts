/**
 * wc: counts lines, words and characters (-l -w -c; all three by default), laid out as
 * GNU wc does: a bare number for one count from the pipe, right-aligned columns otherwise,
 * and a total line for several files.
 */
import { done, type Command } from '../command.ts';
import { parseOptions } from './options.ts';
import { readInputs } from './input-text.ts';

/** GNU wc pads counts of piped input to 7 columns. */
const PIPE_WIDTH = 7;

type Counts = readonly number[];

function count(text: string, which: readonly string[]): Counts {
  const all: Record<string, number> = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    c: utf8Length(text),
  };
  return which.map((k) => all[k] ?? 0);
}

/** Bytes of `text` in UTF-8 (the engine has no TextEncoder: it runs without DOM or Node types). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export const wcCommand: Command = {
  name: 'wc',
  summary: 'count lines, words and bytes (-l -w -c)',
  run(ctx, args, stdin) {
    const parsed = parseOptions(args, 'lwc');
    if (!parsed.ok) return done(`wc: ${parsed.error}\n`, 1);
    const chosen = ['l', 'w', 'c'].filter((k) => parsed.value.flags.has(k));
    const which = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
    const rows: { counts: Counts; name: string | null }[] = [];
    let errors = '';
    for (const source of readInputs(ctx, parsed.value.operands, stdin)) {
      if (source.ok) rows.push({ counts: count(source.text, which), name: source.name });
      else errors += `wc: ${source.name}: ${source.error}\n`;
    }
    if (rows.length > 1) {
      const total = which.map((_, i) => rows.reduce((sum, row) => sum + (row.counts[i] ?? 0), 0));
      rows.push({ counts: total, name: 'total' });
    }
    const fromPipe = parsed.value.operands.length === 0;
    const widest = Math.max(1, ...rows.flatMap((row) => row.counts.map((n) => String(n).length)));
    const width = fromPipe ? (which.length === 1 ? 0 : PIPE_WIDTH) : widest;
    const lines = rows.map((row) => {
      const numbers = row.counts.map((n) => String(n).padStart(width)).join(' ');
      return row.name === null ? numbers : `${numbers} ${row.name}`;
    });
    return done(errors + lines.map((l) => `${l}\n`).join(''), errors === '' ? 0 : 1);
  },
};
