/**
 * The link the Share dialog offers: the run as asked for if a link carries it, else the
 * most of it that fits — without the typed commands, then without the virtual time too —
 * with what was left out and why, so the sender knows before the recipient is refused.
 */
import { encodeShareLink } from './share-link.ts';
import type { SharedRun } from './shared-run.ts';

export type LeftOut = 'commands' | 'time';

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
  const { scenario, commands, atNs, view } = run;
  const setup = { scenario, ...(view ? { view } : {}) };
  // Only runs smaller than the one that failed: encoding the same run again would fail again (a thousand guests' link takes tens of ms).
  const tries: [SharedRun, LeftOut[]][] = [];
  if (commands) tries.push([{ ...setup, ...(atNs === undefined ? {} : { atNs }) }, ['commands']]);
  if (atNs !== undefined) tries.push([setup, [...(commands ? ['commands' as const] : []), 'time']]);
  for (const [smaller, leftOut] of tries) {
    const r = encodeShareLink(smaller, base);
    if (r.ok) return { link: r.link, leftOut, problems: whole.problems };
  }
  return { link: null, leftOut: ['commands', 'time'], problems: whole.problems };
}
