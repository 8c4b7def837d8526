/**
 * What virsh's domain commands share: its error lines (`error: …`, status 1), finding a
 * domain by name, id or UUID as libvirt does, and a domain's state in libvirt's words.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { uuidFrom } from '../common/ids.ts';
import { lines } from '../common/text.ts';

export const fail = (...messages: string[]): CommandDone => done(lines(messages.map((m) => `error: ${m}`)), 1);

export function lookup(env: ConsoleEnv, ref: string): ManagedGuest | CommandDone {
  const g = /^\d+$/.test(ref) ? env.manager.list().find((x) => isUp(x) && String(x.domainId) === ref) : (findGuest(env.manager, ref) ?? env.manager.list().find((x) => uuidFrom(x.name) === ref));
  return g ?? fail(`failed to get domain '${ref}'`, `Domain not found: no domain with matching name '${ref}'`);
}

const STATE: Readonly<Record<ManagedGuest['state'], string>> = {
  booting: 'running',
  running: 'running',
  stopped: 'shut off',
  crashed: 'crashed',
  refused: 'shut off',
};

/** As virsh list, dominfo and domstate print it (a suspended domain is "paused"). */
export function domainState(g: ManagedGuest): string {
  return isUp(g) && g.paused === true ? 'paused' : STATE[g.state];
}
