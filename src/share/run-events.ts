/**
 * The lines a platform's recording holds are of two kinds: commands a person typed, and the
 * events the page types for its buttons on a manager console so that a replay repeats them
 * (the Fault menu's `inject-fault`, the Restart button's `restart-guest`). A share link
 * offers them separately and counts them as a person did them: one fault injected into the
 * four platforms at once is one fault, not four lines.
 */
import { INJECT_FAULT, MANAGER, PLATFORM_KINDS, RESTART_GUEST, type PlatformKind, type RecordedLine } from '../engine/index.ts';
import type { SharedMigration } from './shared-run.ts';

export type Recordings = Partial<Record<PlatformKind, readonly RecordedLine[]>>;

/** VirtScope's own manager commands, which the page types for its Fault menu and Restart button. */
const EVENT_COMMANDS = { [INJECT_FAULT]: 'faults', [RESTART_GUEST]: 'restarts' } as const;
type EventKind = (typeof EVENT_COMMANDS)[keyof typeof EVENT_COMMANDS];

function eventKind(l: RecordedLine): EventKind | null {
  if (l.target !== MANAGER) return null;
  const word = l.line.trim().split(/\s+/)[0] ?? '';
  return Object.hasOwn(EVENT_COMMANDS, word) ? EVENT_COMMANDS[word as keyof typeof EVENT_COMMANDS] : null;
}

/** The lines of each platform that `keep` keeps, in their order; platforms left with none are left out. */
export function selectLines(recordings: Recordings, keep: { readonly typed: boolean; readonly events: boolean }): Recordings {
  const out: Recordings = {};
  for (const k of PLATFORM_KINDS) {
    const lines = (recordings[k] ?? []).filter((l) => (eventKind(l) === null ? keep.typed : keep.events));
    if (lines.length > 0) out[k] = lines;
  }
  return out;
}

export interface RunCounts {
  /** Lines a person typed, on every platform. */
  readonly typed: number;
  readonly faults: number;
  readonly restarts: number;
  readonly migrations: number;
}

/** What a run holds, counted as it was done: the same event at the same instant on several platforms is one. */
export function runCounts(recordings: Recordings, migrations: readonly SharedMigration[]): RunCounts {
  let typed = 0;
  const events = { faults: new Set<string>(), restarts: new Set<string>() };
  for (const k of PLATFORM_KINDS)
    for (const l of recordings[k] ?? []) {
      const kind = eventKind(l);
      if (kind === null) typed++;
      // A restart is one platform's button: the same guest restarted at one instant on two platforms is two.
      else events[kind].add(kind === 'restarts' ? `${k} ${l.atNs} ${l.line}` : `${l.atNs} ${l.line}`);
    }
  return { typed, faults: events.faults.size, restarts: events.restarts.size, migrations: migrations.length };
}

/** ["1 fault", "2 migrations"]: the events counted, none for none. */
export function eventParts(c: RunCounts): string[] {
  const parts: [number, string][] = [
    [c.faults, 'fault'],
    [c.restarts, 'restart'],
    [c.migrations, 'migration'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
}

/** "1 fault and 2 migrations", or '' for none. */
export function eventsInWords(c: RunCounts): string {
  return inWords(eventParts(c));
}

/** "a, b and c". */
export function inWords(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
}
