/**
 * `xm pause <Domain>` and `xm unpause <Domain>`: Xen stops scheduling the domain's vCPUs
 * until it is unpaused; it keeps its memory, and its work and CPU time stand still. Silent
 * on success, as xm is; pausing a paused domain or unpausing a running one changes nothing
 * (Xen 3.x's domain_pause_by_systemcontroller). Errors as xend raises them
 * (tools/python/xen/xend/XendDomain.py, domain_pause and domain_unpause, Xen 3.1).
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findDomain } from './domains.ts';

export function xmPause(env: ConsoleEnv, sub: 'pause' | 'unpause', args: readonly string[]): CommandDone {
  const [ref, ...extra] = args;
  if (ref === undefined || extra.length > 0 || ref.startsWith('-')) return done(`Error: 'xm ${sub}' requires 1 argument.\n\nUsage: xm ${sub} <Domain>\n`, 1);
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  if (d === 'dom0') return done(`Error: Cannot ${sub} privileged domain ${ref}\n`, 1);
  const m = env.manager;
  if (!m.pause || !m.resume) return done(`Error: this console cannot ${sub} a domain\n`, 1);
  const err = sub === 'pause' ? m.pause(d.name) : m.resume(d.name);
  return err === null ? done('') : done(`Error: ${err}\n`, 1);
}
