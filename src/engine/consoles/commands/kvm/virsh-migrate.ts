/**
 * `virsh migrate [--live] [--verbose] <domain> <desturi>` (libvirt on KVM), e.g.
 * `virsh migrate --live web qemu+ssh://host2/system`: qemu pre-copies the guest's memory
 * to the other host (--live) or pauses it for the copy. Prints nothing but, with
 * --verbose, the progress line, and returns when the move is done.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest } from '../common/guests.ts';
import { runMigration } from '../common/migration-run.ts';
import { lines } from '../common/text.ts';

const FLAGS = ['--live', '--verbose', '--persistent', '--undefinesource', '--p2p', '--tunnelled'];

export function virshMigrate(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandOutcome {
  const bad = args.find((a) => a.startsWith('--') && !FLAGS.includes(a));
  if (bad !== undefined) return done(`error: command 'migrate' doesn't support option ${bad}\n`, 1);
  const [domain, desturi] = args.filter((a) => !a.startsWith('--'));
  if (domain === undefined) return done("error: command 'migrate' requires <domain> option\n", 1);
  if (desturi === undefined) return done("error: command 'migrate' requires <desturi> option\n", 1);
  if (!/^[a-z+]+:\/\//.test(desturi)) return done(lines([`error: invalid argument: ${desturi}`, 'error: use a URI such as qemu+ssh://host2/system', '']), 1);
  const g = findGuest(env.manager, domain);
  if (g === undefined) return done(lines([`error: failed to get domain '${domain}'`, `error: Domain not found: no domain with matching name '${domain}'`, '']), 1);
  // libvirt moves a paused domain and it stays paused there; this model moves running domains only.
  if (g.paused === true) return done(`error: operation failed: ${g.name} is paused (virsh resume ${g.name} first)\n`, 1);
  const verbose = args.includes('--verbose');
  return runMigration(ctx, env.manager, g.name, { live: args.includes('--live') }, {
    success: () => (verbose ? '\rMigration: [100 %]\n' : ''),
    failure: (reason) => `error: operation failed: ${reason}\n`,
  });
}
