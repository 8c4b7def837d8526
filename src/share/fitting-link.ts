/**
 * The link the Share dialog offers: the run as asked for if a link carries it, else the
 * most of it that fits — without the typed commands, then without the faults and
 * migrations too, then without the virtual time too — with what was left out and why, so
 * the sender knows before the recipient is refused.
 */
import { selectLines } from './run-events.ts';
import { encodeShareLink } from './share-link.ts';
import type { SharedRun } from './shared-run.ts';

export type LeftOut = 'commands' | 'events' | 'time';

export interface FittingLink {
  /** The link offered; null only if not even the scenario fits. */
  readonly link: string | null;
  /** What the link leaves out of the run asked for. */
  readonly leftOut: readonly LeftOut[];
  /** Why the run asked for does not fit; empty when it does. */
  readonly problems: readonly string[];
}

export function fittingLink(run: SharedRun, base: string): FittingLink {
  const whole = encodeShareLink(run, base);
  if (whole.ok) return { link: whole.link, leftOut: [], problems: [] };
  const { scenario, commands = {}, migrations = [], atNs, view } = run;
  const setup = { scenario, ...(view ? { view } : {}) };
  const at = atNs === undefined ? {} : { atNs };
  const events = selectLines(commands, { typed: false, events: true });
  const hasTyped = Object.keys(selectLines(commands, { typed: true, events: false })).length > 0;
  const hasEvents = Object.keys(events).length > 0 || migrations.length > 0;
  // Only runs smaller than the one that failed: encoding the same run again would fail again (a thousand guests' link takes tens of ms).
  const tries: [SharedRun, LeftOut[]][] = [];
  const typedOut: LeftOut[] = hasTyped ? ['commands'] : [];
  if (hasTyped && hasEvents) tries.push([{ ...setup, commands: events, ...(migrations.length > 0 ? { migrations } : {}), ...at }, typedOut]);
  if (hasTyped || hasEvents) tries.push([{ ...setup, ...at }, [...typedOut, ...(hasEvents ? ['events' as const] : [])]]);
  if (atNs !== undefined) tries.push([setup, [...typedOut, ...(hasEvents ? ['events' as const] : []), 'time']]);
  for (const [smaller, leftOut] of tries) {
    const r = encodeShareLink(smaller, base);
    if (r.ok) return { link: r.link, leftOut, problems: whole.problems };
  }
  return { link: null, leftOut: [...typedOut, ...(hasEvents ? ['events' as const] : []), 'time'], problems: whole.problems };
}
