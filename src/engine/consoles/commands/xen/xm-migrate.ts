/**
 * `xm migrate [-l|--live] <Domain> <Host>` (Xen 3.0): moves a domain to another Xen host;
 * with --live by pre-copy while it runs (Clark et al., NSDI 2005), without it suspended
 * for the copy. Like the real command it prints nothing and returns when the domain is
 * running on the other host. The other host is any name: an identical second host.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { runMigration } from '../common/migration-run.ts';
import { findDomain } from './domains.ts';

const USAGE = "Error: 'xm migrate' requires between 2 and 3 arguments.\n\nUsage: xm migrate <Domain> <Host>\n\nMigrate a domain to another machine.\n\nOptions:\n\n-h, --help           Print this help.\n-l, --live           Use live migration.\n";

export function xmMigrate(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandOutcome {
  const live = args.includes('-l') || args.includes('--live');
  const operands = args.filter((a) => a !== '-l' && a !== '--live');
  if (operands.length !== 2 || operands.some((a) => a.startsWith('-'))) return done(USAGE, 1);
  const [ref = '', host = ''] = operands;
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  if (d === 'dom0') return done('Error: Cannot migrate privileged domain 0\n', 1);
  // Xen moves a paused domain and it stays paused there; this model moves running domains only.
  if (d.paused === true) return done(`Error: can't migrate ${d.name} to ${host}: it is paused (xm unpause ${d.name} first)\n`, 1);
  return runMigration(ctx, env.manager, d.name, { live }, {
    success: () => '',
    failure: (reason) => `Error: can't migrate ${d.name} to ${host}: ${reason}\n`,
  });
}
