/**
 * Tab completion as bash and cmd.exe do it, simplified: the word before the cursor is
 * completed as a command name where a command is expected, otherwise as a file name from
 * the machine's file system. One match completes (a directory gets its separator, anything
 * else a space); several extend to their common prefix, or are listed when they share
 * nothing more. Quoting is understood well enough to complete `"Documents and Settings\`.
 */
import type { FileSystem } from '../os/filesystem.ts';
import type { Syntax } from './parse-line.ts';
import { fromDosPath, resolvePath } from './paths.ts';

export type Completion =
  | { readonly kind: 'replace'; readonly from: number; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'none' };

export interface CompletionSource {
  readonly commandNames: readonly string[];
  readonly caseInsensitive: boolean;
  readonly syntax: Syntax;
  readonly fs: FileSystem;
  readonly cwd: string;
}

interface Candidate {
  readonly name: string;
  readonly isDir: boolean;
}

/** `cursor` and `from` count code points, as the line editor does. */
export function complete(line: string, cursor: number, source: CompletionSource): Completion {
  const before = Array.from(line).slice(0, cursor);
  const from = wordStart(before, source.syntax);
  const word = unquote(before.slice(from).join(''), source.syntax);
  const atCommand = /(^|[|;&])\s*$/.test(before.slice(0, from).join(''));
  const separator = source.syntax === 'cmd' ? '\\' : '/';
  const slash = Math.max(word.lastIndexOf('/'), source.syntax === 'cmd' ? word.lastIndexOf('\\') : -1);
  const dirPart = word.slice(0, slash + 1);
  const prefix = word.slice(slash + 1);
  const candidates =
    atCommand && slash < 0
      ? source.commandNames.map((name) => ({ name, isDir: false }))
      : filesIn(source, dirPart, prefix.startsWith('.'));
  const fold = (s: string): string => (source.caseInsensitive ? s.toLowerCase() : s);
  const matches = dedupe(candidates.filter((c) => fold(c.name).startsWith(fold(prefix))));
  const only = matches[0];
  if (only === undefined) return { kind: 'none' };
  if (matches.length === 1) {
    // A directory stays open for the next name (its quote too); anything else is finished.
    const text = only.isDir
      ? source.syntax === 'posix'
        ? quote(dirPart + only.name, 'posix') + separator
        : quote(dirPart + only.name + separator, 'cmd', true)
      : quote(dirPart + only.name, source.syntax) + ' ';
    return { kind: 'replace', from, text };
  }
  const common = commonPrefix(matches.map((m) => m.name), fold);
  if (common.length > prefix.length) return { kind: 'replace', from, text: quote(dirPart + common, source.syntax, true) };
  return { kind: 'list', items: matches.map((m) => m.name + (m.isDir ? separator : '')).sort() };
}

function filesIn(source: CompletionSource, dirPart: string, showHidden: boolean): Candidate[] {
  const dir = source.syntax === 'cmd' ? fromDosPath(source.cwd, dirPart || '.') : resolvePath(source.cwd, dirPart || '.');
  const listing = source.fs.list(dir);
  if (!listing.ok) return [];
  return listing.value
    .filter((name) => showHidden || !name.startsWith('.'))
    .map((name) => ({ name, isDir: source.fs.stat(resolvePath(dir, name))?.kind === 'dir' }));
}

/** Where the word under the cursor starts: after the last unquoted blank or operator. */
function wordStart(chars: readonly string[], syntax: Syntax): number {
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || (ch === "'" && syntax === 'posix')) {
      quote = ch;
    } else if (ch === '\\' && syntax === 'posix') {
      i += 1;
    } else if (/[\s|;&]/.test(ch)) {
      start = i + 1;
    }
  }
  return start;
}

function unquote(word: string, syntax: Syntax): string {
  return syntax === 'posix' ? word.replace(/\\(.)|["']/g, '$1') : word.replaceAll('"', '');
}

/**
 * A completed word written so the shell reads it back as one word: backslash escapes for
 * POSIX, double quotes for cmd.exe (left open while the word is still being extended).
 */
function quote(word: string, syntax: Syntax, open = false): string {
  if (syntax === 'posix') return word.replace(/[\s"'\\|;&$#<>()*?`]/g, '\\$&');
  if (!/\s/.test(word)) return word;
  return `"${word}${open ? '' : '"'}`;
}

function commonPrefix(names: readonly string[], fold: (s: string) => string): string {
  const first = names[0] ?? '';
  let length = first.length;
  for (const name of names) {
    while (length > 0 && fold(name.slice(0, length)) !== fold(first.slice(0, length))) length -= 1;
  }
  return first.slice(0, length);
}

function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.name) && seen.add(c.name) !== undefined);
}
