/**
 * Where a filter command's text comes from: the files named on its command line (read
 * from the machine's file system, relative to the working directory; on Linux the /proc,
 * /sys/block and /var/log files rendered from the machine, as cat reads them) or, without
 * files, the pipe. An interactive command without a pipe reads nothing — there is no
 * way to type an end-of-file here, so waiting for terminal input would only hang.
 */
import type { CommandContext } from '../command.ts';
import { renderedFile } from '../linux/rendered-files.ts';
import { resolveForFamily } from '../paths.ts';

export type InputSource =
  | { readonly ok: true; readonly name: string | null; readonly text: string }
  | { readonly ok: false; readonly name: string; readonly error: string };

/** One source per file operand, or the pipe (`name` null) when there are none. */
export function readInputs(ctx: CommandContext, files: readonly string[], stdin: string | null): InputSource[] {
  if (files.length === 0) return [{ ok: true, name: null, text: stdin ?? '' }];
  return files.map((name): InputSource => {
    if (name === '-') return { ok: true, name, text: stdin ?? '' };
    const path = resolveForFamily(ctx.machine.family, ctx.cwd, name);
    const rendered = renderedFile(ctx.machine, path);
    if (rendered !== null) return { ok: true, name, text: rendered };
    const result = ctx.machine.fs.read(path);
    return result.ok ? { ok: true, name, text: result.value } : { ok: false, name, error: result.error };
  });
}

/** Lines of text without their `\n`; a final line end does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Lines joined back with `\n`, each ended. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
