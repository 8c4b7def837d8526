/**
 * `VBoxManage`, VirtualBox's command-line front end, on a Linux host: list the registered
 * and the running VMs, start one headless (each VM then runs as its own VBoxHeadless
 * process), power one off, show one's settings (also for scripts: showvminfo-machine-readable.ts).
 * UUIDs are derived from the VM's name.
 */
import { done, type Command, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { findGuest, isUp } from '../common/guests.ts';
import { uuidFrom } from '../common/ids.ts';
import { intIn, left, lines } from '../common/text.ts';
import { civilTime, clockTime, pad2 } from '../../../shell/linux/virtual-calendar.ts';
import { OS_TYPES } from './os-types.ts';
import { machineReadableVmInfo } from './showvminfo-machine-readable.ts';

/**
 * VirtualBox 4.3.0 (15 October 2013), the first 4.3 release, as the product's year (2013) and so the
 * calendar (2014, os/calendar-epoch.ts) have it: 4.3.40 was a 2016 build, after the host's date.
 * "VBoxManage --version" → "4.3.0r89960" (public Vagrant setup notes); the 2013 releases' banners
 * read "(C) 2005-2013 Oracle Corporation".
 */
const BANNER = lines([
  'Oracle VM VirtualBox Command Line Management Interface Version 4.3.0',
  '(C) 2005-2013 Oracle Corporation',
  'All rights reserved.',
  '',
]);

/** The release the banner names, with its build revision, as `VBoxManage --version` prints it. */
const VERSION = '4.3.0r89960';

const USAGE = lines([
  'Usage:',
  '',
  'VBoxManage list                  vms|runningvms|hostinfo',
  '',
  'VBoxManage showvminfo            <uuid|vmname> [--machinereadable]',
  '',
  'VBoxManage startvm               <uuid|vmname>',
  '                                 [--type headless]',
  '',
  'VBoxManage controlvm             <uuid|vmname>',
  '                                 poweroff|',
  '                                 guestmemoryballoon <balloonsize in MB>',
]);

/** Exit codes: RTEXITCODE_FAILURE and RTEXITCODE_SYNTAX. */
const FAILURE = 1;
const SYNTAX = 2;

const error = (...messages: string[]): string => lines(messages.map((m) => `VBoxManage: error: ${m}`));

function syntaxError(message: string): CommandDone {
  return done(`${BANNER}${USAGE}\nSyntax error: ${message}\n`, SYNTAX);
}

function notFound(name: string): CommandDone {
  return done(
    error(
      `Could not find a registered machine named '${name}'`,
      'Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component VirtualBox, interface IVirtualBox, callee nsISupports',
    ),
    FAILURE,
  );
}

/** A VM by name or UUID. */
function findVm(env: ConsoleEnv, ref: string): ManagedGuest | undefined {
  const braced = ref.replace(/^\{|\}$/g, '');
  return findGuest(env.manager, ref) ?? env.manager.list().find((g) => uuidFrom(g.name) === braced);
}

const vmLine = (g: ManagedGuest): string => `"${g.name}" {${uuidFrom(g.name)}}`;

export function vboxManage(env: ConsoleEnv): Command {
  return {
    name: 'VBoxManage',
    summary: 'VirtualBox: list vms|runningvms|hostinfo, startvm <vm> --type headless, controlvm <vm> poweroff|guestmemoryballoon <MB>, showvminfo <vm> [--machinereadable], --version',
    run(ctx, args) {
      const [sub, ...rest] = args;
      switch (sub) {
        case undefined:
        case '-h':
        case '--help':
        case 'help':
          return done(BANNER + USAGE, sub === undefined ? SYNTAX : 0);
        case '-v':
        case '--version':
          return done(`${VERSION}\n`);
        case 'list':
          return list(ctx, env, rest);
        case 'startvm':
          return startVm(env, rest);
        case 'controlvm':
          return controlVm(env, rest);
        case 'showvminfo':
          return showVmInfo(ctx, env, rest);
        default:
          return syntaxError(`Invalid command '${sub}'`);
      }
    },
  };
}

function list(ctx: CommandContext, env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const what = rest[0];
  if (rest.length === 1 && what === 'hostinfo') return hostInfo(ctx);
  if (rest.length !== 1 || (what !== 'vms' && what !== 'runningvms')) return syntaxError(`Unknown subcommand '${rest.join(' ')}'`);
  const vms = env.manager.list().filter((g) => what === 'vms' || isUp(g));
  return done(lines(vms.map(vmLine)));
}

function startVm(env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const [name, ...opts] = rest;
  if (name === undefined) return syntaxError('Not enough parameters');
  let type = 'headless';
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i];
    if (o === '--type') type = opts[++i] ?? '';
    else if (o?.startsWith('--type=') === true) type = o.slice('--type='.length);
    else return syntaxError(`Invalid parameter '${o ?? ''}'`);
  }
  if (type === 'gui' || type === 'sdl' || type === 'separate')
    return done(error(`This host has no display for a '${type}' session: start the VM with --type headless`), FAILURE);
  if (type !== 'headless') return done(error(`Invalid session type '${type}'`), FAILURE);
  const vm = findVm(env, name);
  if (vm === undefined) return notFound(name);
  if (isUp(vm))
    return done(
      error(
        `The machine '${vm.name}' is already locked by a session (or being locked or unlocked)`,
        'Details: code VBOX_E_INVALID_OBJECT_STATE (0x80bb0007), component Machine, interface IMachine, callee nsISupports',
      ),
      FAILURE,
    );
  const err = env.manager.start(vm.name);
  if (err !== null) return done(`Waiting for VM "${vm.name}" to power on...\n${error(`The VM session was aborted: ${err}`)}`, FAILURE);
  return done(lines([`Waiting for VM "${vm.name}" to power on...`, `VM "${vm.name}" has been successfully started.`]));
}

function controlVm(env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const [name, action, ...extra] = rest;
  if (name === undefined || action === undefined) return syntaxError('Not enough parameters');
  const balloon = action === 'guestmemoryballoon' && extra.length === 1 ? intIn(extra[0] ?? '', 0, 1_048_576) : null;
  if ((action !== 'poweroff' || extra.length > 0) && balloon === null) return syntaxError(`Invalid parameter '${[action, ...extra].join(' ')}'`);
  const vm = findVm(env, name);
  if (vm === undefined) return notFound(name);
  if (!isUp(vm)) return done(error(`Machine '${vm.name}' is not currently running`), FAILURE);
  // guestmemoryballoon <MB>: the Guest Additions' balloon takes that much back for the host, as far as the guest can spare.
  if (balloon !== null) {
    if (balloon > vm.memoryMiB) return done(error(`Invalid memory balloon size: ${balloon} MB (the VM has ${vm.memoryMiB} MB)`), FAILURE);
    const err = env.manager.setMemory ? env.manager.setMemory(vm.name, vm.memoryMiB - balloon) : 'no memory balloon on this platform';
    return err === null ? done('') : done(error(err), FAILURE);
  }
  const err = env.manager.stop(vm.name);
  if (err !== null) return done(error(err), FAILURE);
  return done('0%...10%...20%...30%...40%...50%...60%...70%...80%...90%...100%\n');
}

const STATES: Readonly<Record<ManagedGuest['state'], string>> = {
  booting: 'running',
  running: 'running',
  stopped: 'powered off',
  crashed: 'aborted',
  refused: 'powered off',
};

function showVmInfo(ctx: CommandContext, env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const machineReadable = rest.includes('--machinereadable');
  const [name, ...extra] = rest.filter((a) => a !== '--machinereadable');
  if (name === undefined) return syntaxError('Not enough parameters');
  if (extra.length > 0) return syntaxError(`Invalid parameter '${extra.join(' ')}'`);
  const vm = findVm(env, name);
  if (vm === undefined) return notFound(name);
  if (machineReadable) return done(machineReadableVmInfo(ctx, env, vm));
  const home = ctx.env.get('HOME') ?? '/root';
  const field = (k: string, v: string | number): string => `${left(`${k}:`, 17)}${v}`;
  return done(
    lines([
      field('Name', vm.name),
      field('Guest OS', OS_TYPES[vm.os] ?? 'Other/Unknown'),
      field('UUID', uuidFrom(vm.name)),
      field('Config file', `${home}/VirtualBox VMs/${vm.name}/${vm.name}.vbox`),
      field('Memory size', `${vm.memoryMiB}MB`),
      field('Number of CPUs', vm.vcpus),
      field('State', STATES[vm.state]),
      ...(vm.state === 'refused' && vm.reason !== undefined ? [field('Cannot start', vm.reason)] : []),
    ]),
  );
}

/**
 * The host as VirtualBox finds it: its processors, whether they have VT-x and nested paging
 * (EPT), which decide how VirtualBox can run guests, and its memory. Read from the host
 * machine's /proc/cpuinfo flags and memory; the clock is virtual time.
 */
function hostInfo(ctx: CommandContext): CommandDone {
  const m = ctx.machine;
  const cpu = m.cpu();
  const mem = m.memory();
  const t = civilTime(m.now(), m.epochUnixS);
  const yesNo = (flag: string): string => (cpu.flags.includes(flag) ? 'yes' : 'no');
  return done(
    lines([
      'Host Information:',
      '',
      `Host time: ${t.year}-${pad2(t.month)}-${pad2(t.day)}T${clockTime(m.now(), m.epochUnixS)}.000000000Z`,
      `Processor online count: ${cpu.count}`,
      `Processor count: ${cpu.count}`,
      `Processor supports HW virtualization: ${yesNo('vmx')}`,
      `Processor supports PAE: ${yesNo('pae')}`,
      `Processor supports long mode: ${yesNo('lm')}`,
      `Processor supports nested paging: ${yesNo('ept')}`,
      ...Array.from({ length: cpu.count }, (_, i) => [`Processor#${i} speed: ${cpu.mhz} MHz`, `Processor#${i} description: ${cpu.model}`]).flat(),
      `Memory size: ${Math.floor(mem.totalKiB / 1024)} MByte`,
      `Memory available: ${Math.floor((mem.freeKiB + mem.buffersKiB + mem.cachedKiB) / 1024)} MByte`,
      `Operating system: ${m.osName}`,
      `Operating system version: ${m.kernelRelease}`,
    ]),
  );
}
