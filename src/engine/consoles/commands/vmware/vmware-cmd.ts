/**
 * `vmware-cmd`, VMware's VmPerl command line on a GSX Server host and in the ESX service
 * console: lists the registered virtual machines by their configuration (.vmx) files and
 * powers one on or off. A VM is named by its .vmx path (also accepted: `web1.vmx` or the
 * bare name). Errors are VMControl errors, as the VmPerl API reported them.
 */
import { done, type Command, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { isUp } from '../common/guests.ts';
import { lines } from '../common/text.ts';

const USAGE = lines([
  'Usage: vmware-cmd <options> <vm-cfg-path> <vm-action> <arguments>',
  '       vmware-cmd -l',
  '',
  '  Server operations:',
  '    vmware-cmd -l                      list the registered virtual machines',
  '',
  '  VM operations:',
  '    vmware-cmd <cfg> getstate          on or off',
  '    vmware-cmd <cfg> start [<powerop_mode>]',
  '    vmware-cmd <cfg> stop [<powerop_mode>]',
  '',
  '  <cfg> is the .vmx path that `vmware-cmd -l` prints (quote it: it may contain spaces).',
]);

/** The command, with `vmxPath` giving each VM's configuration file (GSX and ESX keep them in different places). */
export function vmwareCmd(env: ConsoleEnv, vmxPath: (name: string) => string): Command {
  return {
    name: 'vmware-cmd',
    summary: 'VMware VM control: -l lists the .vmx files; <vmx> start|stop|getstate',
    run(_ctx, args) {
      if (args.length === 0) return done(USAGE, 1);
      if (args[0] === '-h' || args[0] === '--help') return done(USAGE);
      if (args[0] === '-l') return done(lines(env.manager.list().map((g) => vmxPath(g.name))));
      const { cfg, rest } = splitConfigPath(args);
      const guest = env.manager.list().find((g) => vmxPath(g.name) === cfg || `${g.name}.vmx` === cfg || g.name === cfg);
      if (guest === undefined) return notRegistered(cfg);
      const [op, ...opArgs] = rest;
      switch (op) {
        case 'getstate':
          return done(`getstate() = ${isUp(guest) ? 'on' : 'off'}\n`);
        case 'start':
        case 'stop':
          return powerOp(env, guest, op, opArgs);
        case undefined:
          return done(USAGE, 1);
        default:
          return done(`vmware-cmd: unrecognized operation "${op}"\n${USAGE}`, 1);
      }
    },
  };
}

/** A .vmx path split on its spaces by a shell that did not see quotes is put back together. */
function splitConfigPath(args: readonly string[]): { cfg: string; rest: readonly string[] } {
  const first = args[0] ?? '';
  if (first.startsWith('/') && !first.endsWith('.vmx')) {
    const end = args.findIndex((a) => a.endsWith('.vmx'));
    if (end > 0) return { cfg: args.slice(0, end + 1).join(' '), rest: args.slice(end + 1) };
  }
  return { cfg: first, rest: args.slice(1) };
}

function notRegistered(cfg: string): CommandDone {
  return done(
    lines([
      `/usr/bin/vmware-cmd: Could not connect to VM ${cfg}`,
      `  (VMControl error -11: No such virtual machine: The config file ${cfg} is not registered.)`,
    ]),
    1,
  );
}

const POWEROP_MODES = ['soft', 'hard', 'trysoft'];

function powerOp(env: ConsoleEnv, guest: ManagedGuest, op: 'start' | 'stop', opArgs: readonly string[]): CommandDone {
  const mode = opArgs[0];
  if (opArgs.length > 1 || (mode !== undefined && !POWEROP_MODES.includes(mode)))
    return done(`vmware-cmd: invalid powerop_mode "${opArgs.join(' ')}" (soft, hard or trysoft)\n`, 1);
  const state = isUp(guest) ? 'on' : 'off';
  if ((op === 'start') === isUp(guest))
    return done(
      lines([
        `VMControl error -8: Invalid operation for virtual machine's current state: The requested operation ("${op}") ` +
          `could not be completed because it conflicted with the state of the virtual machine ("${state}") at the time ` +
          'the request was received.',
      ]),
      1,
    );
  const err = op === 'start' ? env.manager.start(guest.name) : env.manager.stop(guest.name);
  if (err !== null) return done(`VMControl error -1: ${err}\n`, 1);
  return done(`${op}() = 1\n`);
}

/** GSX Server on Linux keeps its VMs under /var/lib/vmware/Virtual Machines. */
export const gsxVmxPath = (name: string): string => `/var/lib/vmware/Virtual Machines/${name}/${name}.vmx`;
/** ESX Server 3 keeps them on a VMFS datastore. */
export const esxVmxPath = (name: string): string => `/vmfs/volumes/storage1/${name}/${name}.vmx`;
