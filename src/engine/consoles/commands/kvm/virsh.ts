/**
 * `virsh`, libvirt's shell, on a KVM host: list the domains (guests), start one, shut one
 * down or destroy it, suspend and resume it, show one's information, state and vCPUs.
 * Only one-shot commands: virsh's own interactive prompt is not offered. UUIDs are
 * derived from the guest's name.
 */
import { done, type Command, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ManagedGuest } from '../../guest-manager.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB, isUp } from '../common/guests.ts';
import { uuidFrom } from '../common/ids.ts';
import { fixed, left, lines } from '../common/text.ts';
import { virshMigrate } from './virsh-migrate.ts';
import { domainState, fail, lookup } from './virsh-domains.ts';
import { suspendOrResume } from './virsh-suspend.ts';
import { vcpuinfo } from './virsh-vcpuinfo.ts';
import { setmem } from './virsh-setmem.ts';
import { schedinfo } from './virsh-schedinfo.ts';
import { virshVersion } from './virsh-version.ts';
import { cpuPackages } from '../../../os/cpu-packages.ts';
import { dumpxml } from './virsh-dumpxml.ts';

const USAGE = lines([
  'virsh [options]... <command> [args...]',
  '',
  ' Domain Management (available in this console)',
  '    destroy                        destroy (stop) a domain',
  '    dominfo                        domain information',
  '    dumpxml                        domain information in XML',
  '    domstate                       domain state',
  '    list                           list domains (--all: inactive ones too)',
  '    migrate                        migrate domain to another host (--live <domain> qemu+ssh://host2/system)',
  '    resume                         resume a domain',
  '    schedinfo                      show/set scheduler parameters (<domain> [--set cpu_shares=N] [--set vcpu_quota=N])',
  '    setmem                         change memory allocation (<domain> <kilobytes>): the balloon gives the rest back',
  '    shutdown                       gracefully shutdown a domain',
  '    start                          start a (previously defined) inactive domain',
  '    suspend                        suspend a domain',
  '    vcpuinfo                       domain vcpu information',
  '',
  ' Host and Hypervisor (available in this console)',
  '    nodeinfo                       node information',
  '    version                        show version',
]);

/** The commands that take one <domain>. */
const DOMAIN_COMMANDS: readonly string[] = ['start', 'shutdown', 'destroy', 'dominfo', 'domstate', 'dumpxml', 'suspend', 'resume', 'vcpuinfo'];

export function virsh(env: ConsoleEnv): Command {
  return {
    name: 'virsh',
    summary: 'libvirt on KVM: list [--all], start|shutdown|destroy|suspend|resume|dominfo|domstate|dumpxml|vcpuinfo <domain>, setmem <domain> <KiB>, schedinfo <domain> [--set k=v], migrate --live <domain> <uri>, nodeinfo, version',
    run(ctx, args) {
      const [sub, ...rest] = args;
      if (sub === undefined) return done(`virsh: the interactive shell is not available here; give a command.\n${USAGE}`, 1);
      if (sub === 'help' || sub === '-h' || sub === '--help') return done(USAGE);
      if (sub === 'list') return list(env, rest);
      if (sub === 'migrate') return virshMigrate(ctx, env, rest);
      if (sub === 'setmem') return setmem(env, rest);
      if (sub === 'schedinfo') return schedinfo(env, rest);
      if (sub === 'version') return virshVersion(env, rest);
      if (sub === 'nodeinfo') return rest.length === 0 ? nodeinfo(env, ctx) : fail(`command 'nodeinfo' doesn't support option ${rest[0] ?? ''}`);
      if (!DOMAIN_COMMANDS.includes(sub)) return fail(`unknown command: '${sub}'`);
      if (rest.length !== 1) return fail(rest.length === 0 ? "command '" + sub + "' requires <domain> option" : `command '${sub}' doesn't support option ${rest[1] ?? ''}`);
      const g = lookup(env, rest[0] ?? '');
      if ('kind' in g) return g;
      if (sub === 'dominfo') return dominfo(g);
      if (sub === 'dumpxml') return dumpxml(env, g);
      if (sub === 'domstate') return done(`${domainState(g)}\n\n`);
      if (sub === 'suspend' || sub === 'resume') return suspendOrResume(env, sub, g);
      if (sub === 'vcpuinfo') return vcpuinfo(env, ctx, g);
      return power(env, sub as 'start' | 'shutdown' | 'destroy', g);
    },
  };
}

function list(env: ConsoleEnv, rest: readonly string[]): CommandDone {
  const bad = rest.find((a) => a !== '--all' && a !== '--inactive');
  if (bad !== undefined) return fail(`command 'list' doesn't support option ${bad}`);
  const all = rest.includes('--all');
  const inactive = rest.includes('--inactive');
  const shown = env.manager.list().filter((g) => (isUp(g) ? !inactive || all : all || inactive));
  const running = shown.filter(isUp).sort((a, b) => a.domainId - b.domainId);
  const row = (id: string, g: ManagedGuest): string => ` ${left(id, 5)} ${left(g.name, 30)} ${domainState(g)}`;
  return done(
    lines([
      ` ${left('Id', 5)} ${left('Name', 30)} State`,
      '-'.repeat(52),
      ...running.map((g) => row(String(g.domainId), g)),
      ...shown.filter((g) => !isUp(g)).map((g) => row('-', g)),
      '',
    ]),
  );
}

function power(env: ConsoleEnv, sub: 'start' | 'shutdown' | 'destroy', g: ManagedGuest): CommandDone {
  if (sub === 'start') {
    if (isUp(g)) return fail('Domain is already active');
    const err = env.manager.start(g.name);
    return err === null ? done(`Domain ${g.name} started\n\n`) : fail(`Failed to start domain ${g.name}`, err);
  }
  if (!isUp(g)) return fail(`Failed to ${sub} domain ${g.name}`, 'Requested operation is not valid: domain is not running');
  const err = env.manager.stop(g.name);
  if (err !== null) return fail(`Failed to ${sub} domain ${g.name}`, err);
  return done(sub === 'shutdown' ? `Domain ${g.name} is being shutdown\n\n` : `Domain ${g.name} destroyed\n\n`);
}

function dominfo(g: ManagedGuest): CommandDone {
  const field = (k: string, v: string | number): string => `${left(`${k}:`, 16)}${v}`;
  return done(
    lines([
      field('Id', isUp(g) ? g.domainId : '-'),
      field('Name', g.name),
      field('UUID', uuidFrom(g.name)),
      field('OS Type', 'hvm'),
      field('State', domainState(g)),
      field('CPU(s)', g.vcpus),
      ...(isUp(g) ? [field('CPU time', `${fixed(g.cpuNs / 1e9, 1)}s`)] : []),
      field('Max memory', `${g.memoryMiB * 1024} KiB`),
      field('Used memory', `${Math.round((g.currentMemoryMiB ?? g.memoryMiB) * 1024)} KiB`),
      field('Persistent', 'yes'),
      field('Autostart', 'disable'),
      '',
    ]),
  );
}

/**
 * The host as libvirt reports it (virsh's "%-20s %s" fields): its cores in the packages of its
 * CPU's part (os/cpu-packages.ts: 8 cores of a four-core X5570 are 2 sockets × 4, and 2 NUMA
 * cells), without hyperthreads. Without a scenario (a bare console), one socket of its cores.
 */
function nodeinfo(env: ConsoleEnv, ctx: CommandContext): CommandDone {
  const field = (k: string, v: string | number): string => `${left(`${k}:`, 20)} ${v}`;
  const cores = hostCores(env, ctx);
  const cpu = env.options.scenario?.host.cpu;
  const packages = cpu ? cpuPackages(cpu, cores) : { sockets: 1, coresPerSocket: cores, numaNodes: 1 };
  return done(
    lines([
      field('CPU model', ctx.machine.arch),
      field('CPU(s)', cores),
      field('CPU frequency', `${ctx.machine.cpu().mhz} MHz`),
      field('CPU socket(s)', packages.sockets),
      field('Core(s) per socket', packages.coresPerSocket),
      field('Thread(s) per core', 1),
      field('NUMA cell(s)', packages.numaNodes),
      field('Memory size', `${Math.round(hostMemoryMiB(env, ctx) * 1024)} KiB`),
      '',
    ]),
  );
}

