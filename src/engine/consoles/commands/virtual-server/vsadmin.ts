/**
 * `vsadmin`: a stand-in. Virtual Server 2005 had no command line of its own; it was run
 * from the Administration Website (a page served by IIS) and from COM scripts. This
 * command gives the same three things the website's Master Status page gives — the list
 * with status, running time and CPU usage, and turning a VM on or off — in the website's
 * and Windows' words. All VMs run inside the one Virtual Server service (vssrvc.exe).
 */
import { done, type Command, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest, hostCores, isUp } from '../common/guests.ts';
import { spelledDuration } from '../common/clock.ts';
import { fixed, left, lines } from '../common/text.ts';

const USAGE = lines([
  'vsadmin - stand-in for the Virtual Server 2005 Administration Website and its COM scripts.',
  '',
  'VSADMIN LIST',
  'VSADMIN START virtual-machine',
  'VSADMIN STOP virtual-machine',
  '',
  '  LIST    Shows the Master Status page: every virtual machine, its status,',
  '          running time and CPU usage.',
  '  START   Turns a virtual machine on.',
  '  STOP    Turns a virtual machine off (as the website\'s "Turn Off").',
]);

const SYNTAX = 'The syntax of the command is incorrect.\n';

const STATUS: Readonly<Record<ManagedGuest['state'], string>> = {
  booting: 'Starting',
  running: 'Running',
  stopped: 'Turned off',
  crashed: 'Turned off',
  refused: 'Turned off',
};

export function vsAdmin(env: ConsoleEnv): Command {
  return {
    name: 'vsadmin',
    summary: 'stand-in for the Virtual Server 2005 Administration Website (no real CLI existed): list | start <vm> | stop <vm>',
    run(ctx, args) {
      const [sub, name, ...extra] = args;
      const verb = sub?.toLowerCase();
      if (verb === undefined) return done(SYNTAX + USAGE, 1);
      if (verb === '/?' || verb === '-?' || verb === 'help') return done(USAGE);
      if (verb === 'list') return extra.length > 0 || name !== undefined ? done(SYNTAX, 1) : done(masterStatus(env, hostCores(env, ctx), ctx.machine.hostname));
      if ((verb !== 'start' && verb !== 'stop') || name === undefined || extra.length > 0) return done(SYNTAX + USAGE, 1);
      return turn(env, verb, name);
    },
  };
}

function masterStatus(env: ConsoleEnv, cores: number, host: string): string {
  const vms = env.manager.list();
  const row = (n: string, s: string, t: string, c: string): string => `${left(n, 24)} ${left(s, 12)} ${left(t, 22)} ${c}`.trimEnd();
  return lines([
    `Microsoft Virtual Server 2005 R2 on ${host.toUpperCase()} - Master Status`,
    '',
    row('Virtual Machine Name', 'Status', 'Running Time', 'CPU Usage'),
    ...vms.map((g) =>
      // The website shows CPU usage as a share of the whole host.
      row(g.name, STATUS[g.state], isUp(g) ? spelledDuration(g.uptimeNs) : '', isUp(g) ? `${fixed(g.cpuPercent / cores, 0)} %` : ''),
    ),
    '',
    `${vms.length} virtual machine(s). All virtual machines run inside the Virtual Server service (vssrvc.exe).`,
  ]);
}

function turn(env: ConsoleEnv, verb: 'start' | 'stop', name: string): CommandDone {
  const vm = findGuest(env.manager, name);
  if (vm === undefined) return done(`The virtual machine "${name}" could not be found.\n`, 1);
  if (verb === 'start' && isUp(vm)) return done(`The virtual machine "${vm.name}" is already running.\n`, 1);
  if (verb === 'stop' && !isUp(vm)) return done(`The operation could not be completed because the virtual machine "${vm.name}" is not running.\n`, 1);
  const err = verb === 'start' ? env.manager.start(vm.name) : env.manager.stop(vm.name);
  if (err !== null) return done(`The virtual machine "${vm.name}" could not be ${verb === 'start' ? 'started' : 'turned off'}. ${err}\n`, 1);
  return done(verb === 'start' ? `The virtual machine "${vm.name}" is starting.\n` : `The virtual machine "${vm.name}" was turned off.\n`);
}
