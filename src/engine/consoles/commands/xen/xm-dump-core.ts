/**
 * `xm dump-core -C <Domain>`: Xen 3.0 dumps a domain's memory and, with -C (--crash),
 * crashes it — the management console's way to make a guest go down as a panic would
 * (xm(1): "dump-core [-L|--live] [-C|--crash] <Domain> [Filename]"). Only the crash is
 * modelled; without -C the core dump alone changes nothing the engine models.
 */
import { done, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findDomain } from './domains.ts';

const USAGE = 'Usage: xm dump-core [-L|--live] [-C|--crash] <Domain> [Filename]\n';

export function xmDumpCore(env: ConsoleEnv, args: readonly string[]): CommandDone {
  const crash = args.includes('-C') || args.includes('--crash');
  const refs = args.filter((a) => !a.startsWith('-'));
  if (refs.length < 1 || refs.length > 2) return done(`Error: 'xm dump-core' requires 1 or 2 arguments.\n\n${USAGE}`, 1);
  const ref = refs[0] ?? '';
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  if (d === 'dom0') return done('Error: Cannot dump core of privileged domain 0\n', 1);
  const file = refs[1] ?? `/var/xen/dump/${d.name}.core`;
  if (!crash) return done(`Dumping core of domain: ${d.name} ...\n`);
  const inject = env.manager.injectFault;
  if (!inject) return done('Error: this console cannot crash a domain\n', 1);
  inject('guest-panic', d.name);
  return done(`Dumping core of domain: ${d.name} ...\n${file}: domain crashed after the dump (-C)\n`);
}
