/**
 * sh's pathname expansion (POSIX XCU 2.6.6, bash's globbing with its default options): a
 * word with an unquoted `*`, `?` or bracket expression becomes the names on the machine's
 * file system it matches, component by component from the working directory or from `/`,
 * sorted; a word that matches nothing stays as typed (no nullglob), so `ls /nope/*` still
 * reports the missing file. Hidden names match only a component that starts with `.`, and
 * `.` and `..` never match a wildcard (bash 5.2's globskipdots). On Linux the files the
 * shell renders (/proc/cpuinfo, /sys/block/sda, /var/log/messages…) are there to match, as ls lists them.
 *
 * Simplified: the list is sorted in code-unit order (the C locale's, `LC_COLLATE=C`), not a
 * locale's. The work is bounded: a pipeline's words match at most MAX_MATCHED_NAMES names
 * and read at most MAX_DIRECTORIES_READ directories; beyond, the pipeline does not run and
 * the shell says so, as it says "Argument list too long" when exec's limit is passed.
 */
import type { CommandContext } from './command.ts';
import { compileName, literalOf, matchesName } from './glob-pattern.ts';
import type { Word } from './parse-line.ts';
import { resolvePath } from './paths.ts';
import { machineStat, renderedNames } from './linux/rendered-files.ts';

/** Names matched by one pipeline's words, counting directories passed through on the way: about a real ARG_MAX's worth. */
export const MAX_MATCHED_NAMES = 10_000;
/** Directories one pipeline's words may read: a whole preset machine's tree is a few hundred. */
export const MAX_DIRECTORIES_READ = 1_000;

/** What expansion reads of a machine. */
export interface NameSource {
  /** The names in a directory, or null when it is not one. */
  list(dir: string): readonly string[] | null;
  kind(path: string): 'file' | 'dir' | null;
}

export type ExpandedStages =
  | { readonly ok: true; readonly stages: readonly (readonly string[])[] }
  | { readonly ok: false; readonly error: string };

/** The file system as the shell sees it, with the files Linux renders (/proc's, /sys/block's, /var/log's). */
export function machineNames(ctx: Pick<CommandContext, 'machine'>): NameSource {
  const { machine } = ctx;
  return {
    list(dir) {
      const listed = machine.fs.list(dir);
      const rendered = renderedNames(machine, dir);
      if (!listed.ok) return rendered.length > 0 ? rendered : null;
      return [...new Set([...listed.value, ...rendered])];
    },
    kind: (path) => machineStat(machine, path)?.kind ?? null,
  };
}

/** Thrown when a pipeline's expansion passes a bound; carries the message. */
class TooMuch extends Error {}

class Budget {
  private names = 0;
  private directories = 0;

  /** `command`: the stage's, which could not be run with so many arguments. */
  matched(command: string): void {
    this.names += 1;
    if (this.names > MAX_MATCHED_NAMES) throw new TooMuch(`${command}: Argument list too long (over ${MAX_MATCHED_NAMES} names)`);
  }

  read(word: string): void {
    this.directories += 1;
    if (this.directories > MAX_DIRECTORIES_READ) {
      throw new TooMuch(`${word}: Argument list too long (the pattern reads over ${MAX_DIRECTORIES_READ} directories)`);
    }
  }
}

/** Each stage's words with their patterns expanded against `names`, relative to `cwd`. */
export function expandPathnames(stages: readonly (readonly Word[])[], names: NameSource, cwd: string): ExpandedStages {
  const budget = new Budget();
  try {
    const expanded = stages.map((words) => {
      const command = words[0]?.text ?? '';
      return words.flatMap((word) => (word.pattern === null ? [word.text] : (expandWord(word, { names, cwd, budget, command }) ?? [word.text])));
    });
    return { ok: true, stages: expanded };
  } catch (error) {
    if (error instanceof TooMuch) return { ok: false, error: error.message };
    throw error;
  }
}

/** A candidate: the name as it will be printed (relative if the pattern was) and its absolute path. */
interface Found {
  readonly shown: string;
  readonly path: string;
}

interface Walk {
  readonly names: NameSource;
  readonly cwd: string;
  readonly budget: Budget;
  /** The command the word is an argument of, for the message when there are too many names. */
  readonly command: string;
}

/** The sorted names `word` matches, or null when none does. */
function expandWord(word: Word, { names, cwd, budget, command }: Walk): string[] | null {
  const pattern = word.pattern ?? '';
  const parts = pattern.split('/');
  let found: Found[] = [{ shown: '', path: pattern.startsWith('/') ? '/' : cwd }];
  let lastLiteral = false;
  for (const [index, part] of parts.entries()) {
    const sep = index === 0 ? '' : '/';
    if (part === '') {
      found = found.map((f) => ({ shown: f.shown + sep, path: f.path }));
      continue;
    }
    const name = compileName(part);
    lastLiteral = !name.wild;
    if (!name.wild) {
      const literal = literalOf(part);
      found = found.map((f) => ({ shown: f.shown + sep + literal, path: resolvePath(f.path, literal) }));
      continue;
    }
    const next: Found[] = [];
    for (const f of found) {
      budget.read(word.text);
      for (const entry of names.list(f.path) ?? []) {
        if (!matchesName(name, entry)) continue;
        budget.matched(command);
        next.push({ shown: f.shown + sep + entry, path: resolvePath(f.path, entry) });
      }
    }
    found = next;
  }
  // A trailing `/` asks for directories; a literal last component must exist (`*/stat`).
  if (pattern.endsWith('/')) found = found.filter((f) => names.kind(f.path) === 'dir');
  else if (lastLiteral) found = found.filter((f) => names.kind(f.path) !== null);
  return found.length === 0 ? null : found.map((f) => f.shown).sort();
}
