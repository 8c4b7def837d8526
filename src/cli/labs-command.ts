/**
 * `labs`: lists the shipped labs (public/labs/index.json); `labs check <file>` validates a
 * lab file, printing every mistake with where it is in the file (exit status 2 if any).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPreset } from '../engine/index.ts';
import { labIndexSchema } from '../labs/lab-index.ts';
import { MAX_LAB_BYTES, parseLabText } from '../labs/parse-lab.ts';
import { cleanLine, escapeControls, quoted } from '../untrusted/clean-line.ts';
import { commandOptions } from './command-options.ts';
import { readInputText } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/** Mistakes listed before the rest are only counted. */
const SHOWN_MISTAKES = 30;
import type { CliIo } from './cli-io.ts';

/** Where the shipped labs are (their ids are file names). */
export const LABS_DIR = fileURLToPath(new URL('../../public/labs/', import.meta.url));

export function labsCommand(args: readonly string[], io: CliIo): number {
  const [sub, ...rest] = commandOptions('labs', args, {}).positionals;
  if (sub === undefined) return listLabs(io);
  if (sub === 'check') {
    if (rest.length !== 1) throw new UsageError('labs check takes one lab file');
    return checkLab(rest[0] as string, io);
  }
  throw new UsageError(`unknown labs command ${quoted(sub)} (labs, or labs check <file>)`);
}

function listLabs(io: CliIo): number {
  const index = labIndexSchema.parse(JSON.parse(readFileSync(`${LABS_DIR}index.json`, 'utf8')));
  for (const lab of index.labs) io.out(`${lab.id.padEnd(26)} ${lab.title}\n${' '.repeat(27)}${lab.summary}\n`);
  io.out(`\nOpen one in the page with #lab=<id>, e.g. http://127.0.0.1:5173/#lab=${index.labs[0]?.id ?? ''}\n`);
  return 0;
}

function checkLab(file: string, io: CliIo): number {
  const r = parseLabText(readInputText(file, MAX_LAB_BYTES), loadPreset);
  if (!r.ok) {
    for (const e of r.errors.slice(0, SHOWN_MISTAKES)) io.err(`${cleanLine(`${file}: ${e}`)}\n`);
    const more = r.errors.length > SHOWN_MISTAKES ? ` (the first ${SHOWN_MISTAKES} shown)` : '';
    io.err(`${r.errors.length} mistake${r.errors.length === 1 ? '' : 's'}${more}\n`);
    return 2;
  }
  const { lab } = r;
  io.out(`${escapeControls(file)}: ok: ${quoted(lab.title, 100)}, ${lab.steps.length} steps (${lab.steps.map((s) => s.check.kind).join(', ')})\n`);
  return 0;
}
