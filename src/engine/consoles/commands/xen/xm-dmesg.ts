/**
 * `xm dmesg`: the hypervisor's own boot messages, which dom0's dmesg does not have — Xen
 * boots first, takes the machine's memory and CPUs, starts its scheduler and only then
 * loads Domain-0 as its first guest. The lines follow a Xen 3.3.1 `xm dmesg` posted on a
 * public forum (CentOS, 2008; the ASCII-art banner, ACPI and memory-map lines left out);
 * the figures are this host's, and Domain-0's memory is the `dom0_mem` of the command line.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { hostCores, hostMemoryMiB } from '../common/guests.ts';
import { domain0 } from './domains.ts';
import { XEN_RELEASE } from '../../xen-release.ts';

export function xmDmesg(ctx: CommandContext, env: ConsoleEnv, args: readonly string[]): CommandDone {
  if (args.length > 0) return done(`Error: option ${args[0] ?? ''} is not available here\nUsage: xm dmesg\n`, 1);
  const [major, minor, extra] = XEN_RELEASE[env.options.scenario?.host.cpu ?? 'core2-2006'];
  const cpu = ctx.machine.cpu();
  const cores = hostCores(env, ctx);
  const ramMiB = Math.round(hostMemoryMiB(env, ctx));
  const dom0 = domain0(ctx);
  const xen = (line: string): string => `(XEN) ${line}`;
  const out = [
    `Xen version ${major}.${minor}${extra}`,
    `Command line: dom0_mem=${dom0.memoryMiB}M`,
    `System RAM: ${ramMiB}MB (${ramMiB * 1024}kB)`,
    'Using scheduler: SMP Credit Scheduler (credit)',
    `Detected ${cpu.mhz.toFixed(3)} MHz processor.`,
    // Xen's own print_cpu_info, as Linux 2.6's: the brand string and the stepping in hex.
    ...Array.from({ length: cores }, (_, i) => `CPU${i}: ${cpu.model} stepping ${(cpu.signature?.stepping ?? 0).toString(16).padStart(2, '0')}`),
    `Total of ${cores} processors activated.`,
    `Brought up ${cores} CPUs`,
    '*** LOADING DOMAIN 0 ***',
    `Dom0 has maximum ${dom0.vcpus} VCPUs`,
    "*** Serial input -> DOM0 (type 'CTRL-a' three times to switch input to Xen)",
  ].map(xen);
  return done(`${out.join('\n')}\n`);
}
