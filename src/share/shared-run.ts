/**
 * What a share link carries: a whole scenario, optionally the lines entered on each platform
 * with their virtual times (typed commands, and the faults and restarts the page types on a
 * manager console), optionally the migrations asked for, optionally the virtual instant to
 * run to, and optionally how the page was looking at it (the open tab, the speed, the
 * console in front). `readSharedRun` validates the decoded JSON with limits — nothing from
 * a link is trusted.
 */
import { z } from 'zod';
import { MAX_SHARED_LINE_CHARS, MAX_SHARED_LINES, MAX_SHARED_MIGRATIONS, MAX_SHARED_NS, MAX_SHARED_SPEED } from './link-limits.ts';
import { VIEW_TABS, type ViewTab } from './view-tabs.ts';
import { valueDepthProblem } from '../untrusted/bounded-json.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { describeIssue, MANAGER, parseScenario, PLATFORM_KINDS, type PlatformKind, type RecordedLine, type Scenario } from '../engine/index.ts';

export interface SharedRun {
  readonly scenario: Scenario;
  /** Lines typed on each platform, in virtual-time order; absent or empty: none. */
  readonly commands?: Partial<Record<PlatformKind, readonly RecordedLine[]>>;
  /**
   * Guests moved to the second host (the guest card's ⇄), in virtual-time order: replayed on
   * the way to `atNs`, so a link with migrations has an `atNs` at or after the last one.
   */
  readonly migrations?: readonly SharedMigration[];
  /** The virtual instant (ns) the page runs to and pauses at; absent: it opens at 0, stopped. */
  readonly atNs?: number;
  /** How the page showed the run; absent parts stay as the page has them. */
  readonly view?: SharedView;
}

/** One guest moved on every platform at one virtual instant, as the page's migrate does (live where the product can). */
export interface SharedMigration {
  readonly atNs: number;
  readonly guest: string;
}

export interface SharedView {
  readonly tab?: ViewTab;
  /** Virtual seconds per wall second; Infinity for "max". */
  readonly speed?: number;
  /** The console in front, by its key ("hosted:web1"). */
  readonly console?: string;
}

const virtualNs = z.number().min(0).max(MAX_SHARED_NS);
/** A terminal's columns or rows, as a link may carry them (a shell clamps to 10,000 itself; no window is wider). */
const terminalSize = z.number().int().min(1).max(1000).optional();
/** On the wire a line is a tuple, [atNs, target, line, columns?, rows?], to keep links short (links before the size have three). */
const wireLine = z.tuple([virtualNs, z.string().max(64), z.string().max(MAX_SHARED_LINE_CHARS), terminalSize, terminalSize]);
/** A migration on the wire: [atNs, guest]. */
const wireMigration = z.tuple([virtualNs, z.string().max(64)]);
const wireRun = z.strictObject({
  scenario: z.unknown(),
  commands: z.partialRecord(z.enum(PLATFORM_KINDS as [PlatformKind, ...PlatformKind[]]), z.array(wireLine).max(MAX_SHARED_LINES)).optional(),
  migrations: z.array(wireMigration).max(MAX_SHARED_MIGRATIONS).optional(),
  atNs: virtualNs.optional(),
  view: z
    .strictObject({
      tab: z.enum(VIEW_TABS).optional(),
      // JSON has no Infinity: the fastest speed travels as "max".
      speed: z.union([z.number().positive().max(MAX_SHARED_SPEED), z.literal('max')]).optional(),
      console: z.string().max(80).optional(),
    })
    .optional(),
});
type WireRun = z.infer<typeof wireRun>;
type WireLine = z.infer<typeof wireLine>;

/** The JSON value a link encodes: empty command lists are left out. */
export function toWire(run: SharedRun): WireRun {
  const commands: Partial<Record<PlatformKind, WireLine[]>> = {};
  for (const k of PLATFORM_KINDS) {
    const lines = run.commands?.[k] ?? [];
    if (lines.length > 0) commands[k] = lines.map((l) => (l.columns !== undefined && l.rows !== undefined ? [l.atNs, l.target, l.line, l.columns, l.rows] : [l.atNs, l.target, l.line]));
  }
  return {
    scenario: run.scenario,
    ...(Object.keys(commands).length > 0 ? { commands } : {}),
    ...(run.migrations?.length ? { migrations: run.migrations.map((m): [number, string] => [m.atNs, m.guest]) } : {}),
    ...(run.atNs === undefined ? {} : { atNs: run.atNs }),
    ...(run.view ? { view: wireView(run.view) } : {}),
  };
}

function wireView(view: SharedView): NonNullable<WireRun['view']> {
  const { tab, speed, console } = view;
  return {
    ...(tab === undefined ? {} : { tab }),
    ...(speed === undefined ? {} : { speed: Number.isFinite(speed) ? speed : 'max' }),
    ...(console === undefined ? {} : { console }),
  };
}

/** The view a link asks for, or why not: its console must be one the scenario has. */
function readView(wire: NonNullable<WireRun['view']>, consoles: ReadonlySet<string>): SharedView | string {
  const { tab, speed, console } = wire;
  if (console !== undefined) {
    const colon = console.indexOf(':');
    const platform = console.slice(0, colon);
    if (colon < 0 || !(PLATFORM_KINDS as readonly string[]).includes(platform) || !consoles.has(console.slice(colon + 1)))
      return `The link's view is invalid: no console ${quoted(console)} in the scenario`;
  }
  return {
    ...(tab === undefined ? {} : { tab }),
    ...(speed === undefined ? {} : { speed: speed === 'max' ? Infinity : speed }),
    ...(console === undefined ? {} : { console }),
  };
}

/** The run a decoded link describes, or a message saying what is wrong with it. */
export function readSharedRun(value: unknown): { ok: true; run: SharedRun } | { ok: false; error: string } {
  const deep = valueDepthProblem(value);
  if (deep !== null) return { ok: false, error: `The link's data is ${deep}` };
  const wire = wireRun.safeParse(value);
  if (!wire.success) {
    const first = wire.error.issues[0] as z.core.$ZodIssue;
    const what = first.path[0] === 'commands' ? "The link's command list is invalid" : first.path[0] === 'migrations' ? MIGRATIONS_INVALID : "The link's contents are not a VirtScope run";
    return { ok: false, error: `${what}: ${describeIssue(first, '(link)')}` };
  }
  const parsed = parseScenario(wire.data.scenario);
  if (!parsed.ok) return { ok: false, error: `The link's scenario is invalid: ${listed(parsed.errors)}` };
  const scenario = parsed.scenario;
  const consoles = new Set([MANAGER, ...scenario.guests.map((g) => g.name)]);
  const commands: Partial<Record<PlatformKind, RecordedLine[]>> = {};
  for (const k of PLATFORM_KINDS) {
    const lines = wire.data.commands?.[k];
    if (!lines) continue;
    const stranger = lines.findIndex(([, target]) => !consoles.has(target));
    if (stranger >= 0)
      return { ok: false, error: `The link's command list is invalid: commands.${k}[${stranger}]: no console ${quoted(lines[stranger]?.[1] ?? '')} in the scenario (consoles: ${[...consoles].join(', ')})` };
    commands[k] = lines
      .map(([atNs, target, line, columns, rows]) => ({ atNs, target, line, ...(columns !== undefined && rows !== undefined ? { columns, rows } : {}) }))
      .sort((a, b) => a.atNs - b.atNs);
  }
  const atNs = wire.data.atNs;
  const migrations = readMigrations(wire.data.migrations ?? [], scenario, atNs);
  if (typeof migrations === 'string') return { ok: false, error: migrations };
  const view = wire.data.view ? readView(wire.data.view, consoles) : undefined;
  if (typeof view === 'string') return { ok: false, error: view };
  return {
    ok: true,
    run: {
      scenario,
      ...(Object.keys(commands).length > 0 ? { commands } : {}),
      ...(migrations.length > 0 ? { migrations } : {}),
      ...(atNs === undefined ? {} : { atNs }),
      ...(view ? { view } : {}),
    },
  };
}

const MIGRATIONS_INVALID = "The link's migrations are invalid";

/** The migrations a link asks for, in time order, or why not: each of a guest the scenario has, none after the instant the link opens at. */
function readMigrations(wire: readonly (readonly [number, string])[], scenario: Scenario, atNs: number | undefined): SharedMigration[] | string {
  const guests = new Set(scenario.guests.map((g) => g.name));
  const stranger = wire.findIndex(([, guest]) => !guests.has(guest));
  if (stranger >= 0) return `${MIGRATIONS_INVALID}: migrations[${stranger}]: no guest ${quoted(wire[stranger]?.[1] ?? '')} in the scenario`;
  const late = wire.findIndex(([t]) => atNs === undefined || t > atNs);
  if (late >= 0) return `${MIGRATIONS_INVALID}: migrations[${late}]: ${lateMigration(atNs)}`;
  return wire.map(([t, guest]) => ({ atNs: t, guest })).sort((a, b) => a.atNs - b.atNs);
}

/** Why a migration cannot be replayed: the page moves guests only on its way to the instant a link opens at. */
function lateMigration(atNs: number | undefined): string {
  return atNs === undefined ? 'a migration needs the virtual time the link opens at' : 'a migration after the virtual time the link opens at';
}

function listed(errors: readonly string[]): string {
  const shown = errors.slice(0, 3).join('; ');
  return errors.length > 3 ? `${shown} (and ${errors.length - 3} more)` : shown;
}

/** What in the run is more than a link carries (empty when it fits), each in words for the sender. */
export function sharedRunProblems(run: SharedRun): string[] {
  const problems: string[] = [];
  if (run.atNs !== undefined && run.atNs > MAX_SHARED_NS)
    problems.push(`the virtual time is past ${MAX_SHARED_NS / 3600e9} hours, the longest a link runs to`);
  for (const kind of PLATFORM_KINDS) {
    const lines = run.commands?.[kind] ?? [];
    if (lines.length > MAX_SHARED_LINES) problems.push(`${lines.length} lines were typed on ${kind}, a link carries at most ${MAX_SHARED_LINES}`);
    if (lines.some((l) => l.line.length > MAX_SHARED_LINE_CHARS)) problems.push(`a line typed on ${kind} is longer than ${MAX_SHARED_LINE_CHARS} characters`);
  }
  const migrations = run.migrations ?? [];
  if (migrations.length > MAX_SHARED_MIGRATIONS) problems.push(`${migrations.length} migrations were made, a link carries at most ${MAX_SHARED_MIGRATIONS}`);
  if (migrations.some((m) => run.atNs === undefined || m.atNs > run.atNs)) problems.push(lateMigration(run.atNs));
  return problems;
}
