/**
 * `labs`: lists the shipped labs (public/labs/index.json); `labs check <file>` validates a
 * lab file, printing every mistake with where it is in the file (exit status 2 if any).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPreset } from '../engine/index.ts';
import { labIndexSchema } from '../labs/lab-index.ts';
import { MAX_LAB_BYTES, parseLabText } from '../labs/parse-lab.ts';
import { UsageError } from './usage-error.ts';

const LABS_DIR = fileURLToPath(new URL('../../public/labs/', import.meta.url));

export function labsCommand(args: readonly string[]): number {
  const [sub, ...rest] = args;
  if (sub === undefined) return listLabs();
  if (sub === 'check') {
    if (rest.length !== 1) throw new UsageError('labs check takes one lab file');
    return checkLab(rest[0] as string);
  }
  throw new UsageError(`unknown labs command "${sub}" (labs, or labs check <file>)`);
}

function listLabs(): number {
  const index = labIndexSchema.parse(JSON.parse(readFileSync(`${LABS_DIR}index.json`, 'utf8')));
  for (const lab of index.labs) process.stdout.write(`${lab.id.padEnd(26)} ${lab.title}\n${' '.repeat(27)}${lab.summary}\n`);
  process.stdout.write(`\nOpen one in the page with #lab=<id>, e.g. http://127.0.0.1:5173/#lab=${index.labs[0]?.id ?? ''}\n`);
  return 0;
}

function checkLab(file: string): number {
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  if (statSync(file).size > MAX_LAB_BYTES) throw new UsageError(`${file}: larger than ${MAX_LAB_BYTES} bytes`);
  const r = parseLabText(readFileSync(file, 'utf8'), loadPreset);
  if (!r.ok) {
    for (const e of r.errors) process.stderr.write(`${file}: ${e}\n`);
    process.stderr.write(`${r.errors.length} mistake${r.errors.length === 1 ? '' : 's'}\n`);
    return 2;
  }
  const { lab } = r;
  process.stdout.write(`${file}: ok: "${lab.title}", ${lab.steps.length} steps (${lab.steps.map((s) => s.check.kind).join(', ')})\n`);
  return 0;
}
