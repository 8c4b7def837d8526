/**
 * `virsh setmem <domain> <kilobytes>`: the virtio balloon in the guest hands memory back
 * to the host until the domain has that much, as far as the guest can spare (its free
 * memory, then page cache). Silent on success, as virsh 0.7 is; a size takes K, M or G.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { fail, lookup } from './virsh-domains.ts';

export function setmem(env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const [ref, size, ...extra] = rest;
  if (ref === undefined || size === undefined) return fail(`command 'setmem' requires <${ref === undefined ? 'domain' : 'kilobytes'}> option`);
  if (extra.length > 0) return fail(`command 'setmem' doesn't support option ${extra[0] ?? ''}`);
  const m = /^(\d+)([KMG]?)(?:i?B)?$/i.exec(size);
  const kib = m ? Number(m[1]) * { '': 1, K: 1, M: 1024, G: 1024 * 1024 }[(m[2] ?? '').toUpperCase() as '' | 'K' | 'M' | 'G'] : NaN;
  if (!(kib >= 1024)) return fail(`Invalid value of ${size} for memory size`);
  const g = lookup(env, ref);
  if ('kind' in g) return g;
  if (!isUp(g)) return fail('Requested operation is not valid: domain is not running');
  if (kib > g.memoryMiB * 1024) return fail('invalid argument: cannot set memory higher than max memory');
  const err = env.manager.setMemory ? env.manager.setMemory(g.name, Math.floor(kib / 1024)) : 'this console has no balloon to drive';
  return err === null ? done('') : fail(err);
}
