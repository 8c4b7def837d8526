/**
 * `vzctl`: start, stop and query a container, run a command in one (`exec`, through the
 * shell the integrator lends, with the container's /proc/user_beancounters), and a stand-in `create`. Exit codes are vzctl's
 * (31: container not running, 32: already running).
 */
import { done, type Command, type CommandDone, type CommandOutcome } from '../../../shell/command.ts';
import { WORKLOAD_KINDS } from '../../../workloads/workload-kinds.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { createGuest, GUEST_NAME, isUp } from '../common/guests.ts';
import { commandLine, intIn, lines } from '../common/text.ts';
import { PeakBook, userBeancounters } from './beancounters.ts';
import { BEANCOUNTERS_PATH } from './cat-beancounters.ts';
import { ctidOf, findContainer, vzStatus } from './containers.ts';
import { withProcFile } from './proc-overlay.ts';

const NOT_RUNNING = 31;
const RUNNING = 32;

const USAGE = lines([
  'Usage: vzctl <command> <ctid> [parameters]',
  'vzctl start | stop | status | enter <ctid>',
  'vzctl exec <ctid> <command> [arg ...]',
  'vzctl create <ctid> --name <name> [--ostemplate <name>] [--memory <MiB>] [--cpus <n>] [--workload <kind>]',
  '    (stand-in: Virtuozzo sets memory through its beancounters; the playground numbers containers itself)',
  '<ctid> is the container ID or its name.',
]);

export function vzctl(env: ConsoleEnv, peaks: PeakBook = new PeakBook()): Command {
  return {
    name: 'vzctl',
    summary: 'Virtuozzo: start|stop|status <ctid>, exec <ctid> <command>, create <ctid> --name N (stand-in)',
    run(_ctx, args) {
      const [sub, ref, ...rest] = args;
      if (sub === undefined || sub === '--help' || sub === 'help') return done(USAGE, sub === undefined ? 1 : 0);
      if (sub === 'create') return create(env, ref, rest);
      if (!['start', 'stop', 'status', 'enter', 'exec'].includes(sub)) return done(`Invalid action ${sub}\n${USAGE}`, 1);
      if (ref === undefined) return done(`CT ID missing\n${USAGE}`, 1);
      const ct = findContainer(env.manager, ref);
      if (sub === 'status') return status(ref, ct);
      if (ct === undefined) return done('Container config file does not exist\n', 1);
      if (sub === 'exec') return exec(env, peaks, ct, rest);
      if (rest.length > 0) return done(`Invalid option '${rest[0] ?? ''}'\n${USAGE}`, 1);
      if (sub === 'enter')
        return isUp(ct)
          ? done(`vzctl enter: an interactive session is not available in this console; use vzctl exec ${ctidOf(ct)} <command>, or the container's own terminal\n`, 1)
          : done('Container is not running\n', NOT_RUNNING);
      return sub === 'start' ? start(env, ct) : stop(env, ct);
    },
  };
}

function start(env: ConsoleEnv, ct: ManagedGuest): CommandDone {
  if (isUp(ct)) return done('Container is already running\n', RUNNING);
  const err = env.manager.start(ct.name);
  if (err !== null) return done(`Starting container ...\n${err}\n`, 1);
  return done(lines(['Starting container ...', 'Container is mounted', 'Container start in progress...']));
}

function stop(env: ConsoleEnv, ct: ManagedGuest): CommandDone {
  if (!isUp(ct)) return done('Unable to stop: container is not running\n', NOT_RUNNING);
  const err = env.manager.stop(ct.name);
  if (err !== null) return done(`Stopping container ...\n${err}\n`, 1);
  return done(lines(['Stopping container ...', 'Container was stopped', 'Container is unmounted']));
}

function status(ref: string, ct: ManagedGuest | undefined): CommandDone {
  if (ct === undefined) return done(`CTID ${ref} deleted unmounted down\n`);
  const status = vzStatus(ct);
  return done(`CTID ${ctidOf(ct)} exist ${status === 'stopped' ? 'unmounted down' : status === 'mounted' ? 'mounted down' : 'mounted running'}\n`);
}

function exec(env: ConsoleEnv, peaks: PeakBook, ct: ManagedGuest, command: readonly string[]): CommandOutcome {
  if (command.length === 0) return done(`Missing command\n${USAGE}`, 1);
  const machine = isUp(ct) ? env.manager.machineOf(ct.name) : null;
  if (machine === null) return done('Container is not running\n', NOT_RUNNING);
  if (env.options.runIn === undefined) return done('vzctl exec: running commands in a container is not available in this console\n', 1);
  // The container's kernel shows it its own beancounters, whose limits only this console knows.
  const seen = machine.family === 'linux' ? withProcFile(machine, BEANCOUNTERS_PATH, () => userBeancounters(env, peaks, machine, ct)) : machine;
  return env.options.runIn(seen, commandLine(command));
}

function options(args: readonly string[]): Map<string, string> | string {
  const known = ['--name', '--hostname', '--ostemplate', '--memory', '--cpus', '--workload'];
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i] ?? '';
    const value = args[i + 1];
    if (!known.includes(key)) return `Invalid option '${key}'`;
    if (value === undefined) return `Missing value for ${key}`;
    out.set(key, value);
  }
  return out;
}

function create(env: ConsoleEnv, ref: string | undefined, args: readonly string[]): CommandDone {
  const ctid = intIn(ref, 1, 2_147_483_647);
  if (ctid === null) return done(`Invalid CT ID ${ref ?? ''}: a number is needed\n${USAGE}`, 1);
  const o = options(args);
  if (typeof o === 'string') return done(`${o}\n${USAGE}`, 1);
  const name = o.get('--name') ?? o.get('--hostname');
  if (name === undefined) return done(`vzctl create (stand-in) needs --name <name>: it becomes the container's host name\n`, 1);
  if (!GUEST_NAME.test(name)) return done(`Invalid name ${name}: 1–31 letters, digits or "-", starting with a letter or digit\n`, 1);
  if (findContainer(env.manager, String(ctid)) !== undefined) return done(`Private area already exists in /vz/private/${ctid}\nCreation of container private area failed\n`, 1);
  if (findContainer(env.manager, name) !== undefined) return done(`Name ${name} is in use by another container\n`, 1);
  const memoryMiB = intIn(o.get('--memory') ?? '256', 64, 1_048_576);
  const vcpus = intIn(o.get('--cpus') ?? '1', 1, 64);
  const workload = o.get('--workload') ?? 'idle';
  if (memoryMiB === null) return done('Invalid value for --memory: whole MiB, 64 or more\n', 1);
  if (vcpus === null) return done('Invalid value for --cpus: 1 to 64\n', 1);
  if (!(WORKLOAD_KINDS as readonly string[]).includes(workload)) return done(`Invalid value for --workload: one of ${WORKLOAD_KINDS.join(', ')}\n`, 1);
  const os = env.options.scenario?.platforms.container.hostOs ?? 'linux';
  const r = createGuest(env.manager, { name, os, vcpus, memoryMiB, workload }, false);
  if ('error' in r) return done(`${r.error}\nCreation of container private area failed\n`, 1);
  const template = o.get('--ostemplate') ?? 'centos-4-i386-default';
  const assigned = ctidOf(r.guest);
  return done(
    lines([
      `Creating container private area (${template})`,
      'Performing postcreate actions',
      'Container private area was created',
      ...(assigned === ctid ? [] : [`(stand-in) the playground numbers containers itself: ${name} is CT ${assigned}`]),
    ]),
  );
}
