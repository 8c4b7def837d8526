/**
 * `xm vcpu-list [Domain ...]`: each domain's virtual CPUs, in Xen 3.0's layout
 * (tools/python/xen/xm/main.py, xm_vcpu_list: `%-32s %3d  %4d  %3s   %-3s   %7.1f  %s`):
 * its number, the physical CPU it is on, its state (r running, b blocked), its CPU time
 * and the physical CPUs it may run on. Every domain, Domain-0 first, without a name.
 *
 * From what the engine computes (common/vcpus.ts): no vCPU is pinned ("any cpu"); the
 * model does not record which core each vCPU ran on last, so CPU shows "-" (xm's mark for
 * a vCPU on no physical CPU); a paused domain's vCPUs are neither on a CPU nor blocked
 * ("---").
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { ConsoleEnv } from '../common/console-env.ts';
import { fixed, left, lines, right } from '../common/text.ts';
import { vcpusOf, type VcpuInfo } from '../common/vcpus.ts';
import { pickDomains, type Domain } from './domains.ts';

const HEADER = 'Name                              ID  VCPU  CPU  State  Time(s)  CPU Affinity';

const STATE: Readonly<Record<VcpuInfo['state'], string>> = { running: 'r--', blocked: '-b-', paused: '---' };

const rows = (d: Domain): string[] =>
  vcpusOf(d).map((v) => `${left(d.name, 32)} ${right(d.id, 3)}  ${right(v.number, 4)}  ${right(v.cpu ?? '-', 3)}   ${left(STATE[v.state], 3)}   ${right(fixed(v.cpuNs / 1e9, 1), 7)}  any cpu`);

export function xmVcpuList(ctx: CommandContext, env: ConsoleEnv, refs: readonly string[]): CommandDone {
  const flag = refs.find((a) => a.startsWith('-'));
  if (flag !== undefined) return done(`Error: option ${flag} is not available here\nUsage: xm vcpu-list [Domain ...]\n`, 1);
  const picked = pickDomains(ctx, env.manager, refs);
  if ('missing' in picked) return done(`Error: Domain '${picked.missing}' does not exist.\n`, 1);
  return done(lines([HEADER, ...picked.flatMap(({ d }) => rows(d))]));
}
