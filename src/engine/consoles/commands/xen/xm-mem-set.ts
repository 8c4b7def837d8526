/**
 * `xm mem-set <Domain> <Mem>`: the domain's balloon driver hands memory back to Xen until
 * the domain has Mem MiB, as far as the guest can spare (its free memory, then page cache);
 * silent, as xm is. Domain-0 keeps its memory here.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { intIn } from '../common/text.ts';
import { findDomain } from './domains.ts';

export function xmMemSet(env: ConsoleEnv, args: readonly string[]): CommandDone {
  const [ref, mem, ...extra] = args;
  if (ref === undefined || mem === undefined || extra.length > 0) return done(`Error: 'xm mem-set' requires 2 arguments.\n\nUsage: xm mem-set <Domain> <Mem>\n`, 1);
  const target = intIn(mem, 1, 1_048_576);
  if (target === null) return done(`Error: Invalid argument: ${mem} (a whole number of MiB)\n`, 1);
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  if (d === 'dom0') return done("Error: Domain-0's memory is set at boot (dom0_mem) in this model.\n", 1);
  const err = env.manager.setMemory ? env.manager.setMemory(d.name, target) : 'this console has no balloon to drive';
  return err === null ? done('') : done(`Error: ${err}\n`, 1);
}
