/**
 * `xm`, Xen 3.0's management command in dom0: list, info, create, shutdown, destroy,
 * pause, unpause, migrate, dump-core, sched-credit, mem-set, vcpu-list, vcpu-set, dmesg and
 * top (xentop). Its help speaks as xm's does; where the model departs from xm (create
 * describes a new domain by variables alone: xm-create.ts) the help only lists the variables.
 */
import { done, type Command, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { lines } from '../common/text.ts';
import { findDomain } from './domains.ts';
import { xmCreate } from './xm-create.ts';
import { xmInfo, xmList } from './xm-list.ts';
import { xmMigrate } from './xm-migrate.ts';
import { xmDumpCore } from './xm-dump-core.ts';
import { xmSchedCredit } from './xm-sched-credit.ts';
import { xmDmesg } from './xm-dmesg.ts';
import { xmMemSet } from './xm-mem-set.ts';
import { runXentop } from './xentop.ts';
import { xmPause } from './xm-pause.ts';
import { xmVcpuList } from './xm-vcpu-list.ts';
import { xmVcpuSet } from './xm-vcpu-set.ts';

const USAGE = lines([
  'Usage: xm <subcommand> [args]',
  '',
  'Control, list, and manipulate Xen guest instances',
  '',
  'xm common subcommands:',
  '  create  <ConfigFile> [vars]  Create a domain based on <ConfigFile>',
  '                           (vars: memory=<MiB> vcpus=<n> os=<os> workload=<kind>; xm create -h lists them)',
  '  destroy <Domain>         Terminate a domain immediately',
  '  dmesg                    Read the hypervisor\'s boot messages',
  '  dump-core [-C] <Domain>  Dump a domain\'s memory (-C: crash it afterwards)',
  '  info                     Get information about Xen host',
  '  list    [Domain, ...]    List information about all/some domains (-l, --long: each one\'s record)',
  '  mem-set <Domain> <Mem>   Set the current memory usage for a domain (MiB): its balloon driver gives the rest back',
  '  migrate <Domain> <Host>  Migrate a domain to another machine (-l: live)',
  '  pause   <Domain>         Pause execution of a domain',
  '  sched-credit [-d <Domain>]  Get the weight and cap of the credit scheduler',
  '  shutdown <Domain>        Shutdown a domain',
  '  top                      Monitor a host and the domains in real time',
  '  unpause <Domain>         Unpause a paused domain',
  '  vcpu-list [Domain, ...]  List the VCPUs for a domain or all domains',
  '  vcpu-set <Domain> <vCPUs>  Set the number of active VCPUs for allowed for the domain',
  '',
  '<Domain> can either be the Domain Name or Id.',
]);

export function xm(env: ConsoleEnv): Command {
  return {
    name: 'xm',
    summary: 'Xen domains: list [--long], info, dmesg, mem-set, pause, unpause, vcpu-list, vcpu-set, create <name> [memory= vcpus= os= workload=], shutdown, destroy, migrate --live, sched-credit, top',
    run(ctx, args) {
      const [sub, ...rest] = args;
      switch (sub) {
        case undefined:
          return done(USAGE, 1);
        case 'help':
        case '-h':
        case '--help':
          return done(USAGE);
        case 'list':
          return xmList(ctx, env, rest);
        case 'dmesg':
          return xmDmesg(ctx, env, rest);
        case 'info':
          return rest.length === 0 ? xmInfo(ctx, env) : done(`Error: 'xm info' takes no arguments\n`, 1);
        case 'create':
          return xmCreate(env, rest);
        case 'shutdown':
        case 'destroy':
          return stopDomain(env, sub, rest);
        case 'top':
          return runXentop(ctx, env, rest);
        case 'migrate':
          return xmMigrate(ctx, env, rest);
        case 'dump-core':
          return xmDumpCore(env, rest);
        case 'mem-set':
          return xmMemSet(env, rest);
        case 'sched-credit':
          return xmSchedCredit(env, rest);
        case 'pause':
        case 'unpause':
          return xmPause(env, sub, rest);
        case 'vcpu-list':
          return xmVcpuList(ctx, env, rest);
        case 'vcpu-set':
          return xmVcpuSet(ctx, env, rest);
        default:
          return done(`Error: Subcommand ${sub} not found!\n${USAGE}`, 1);
      }
    },
  };
}

/**
 * `xm shutdown` asks the guest's kernel to shut down; `xm destroy` kills the domain at
 * once. The manager has one way to stop a guest, so both end it the same way.
 */
function stopDomain(env: ConsoleEnv, sub: 'shutdown' | 'destroy', args: readonly string[]): CommandDone {
  const refs = args.filter((a) => a !== '-w');
  if (refs.length !== 1 || refs[0]?.startsWith('-') === true) return done(`Error: 'xm ${sub}' requires 1 argument.\n\nUsage: xm ${sub} <Domain>\n`, 1);
  const ref = refs[0] ?? '';
  const d = findDomain(env.manager, ref);
  if (d === undefined) return done(`Error: Domain '${ref}' does not exist.\n`, 1);
  if (d === 'dom0') return done(`Error: Cannot ${sub} privileged domain 0\n`, 1);
  const err = env.manager.stop(d.name);
  return err === null ? done('') : done(`Error: ${err}\n`, 1);
}

