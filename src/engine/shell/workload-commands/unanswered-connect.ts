/**
 * A benchmark's connect() to an address nothing answers at (networkTarget takes any address
 * for the remote machine; only its own, the gateway's, the host's, the remote machine's and
 * the guests' answer): on the guest's own subnet no ARP reply comes ("No route to host" once
 * Linux's 3 probes a second apart go unanswered); beyond its gateway no SYN-ACK does
 * ("Connection timed out" once 2.6's 5 SYN retransmissions, from a 3 s timeout doubling, run
 * out: 3+6+12+24+48+96 = 189 s). The tool prints its header at once and its failure then.
 */
import type { CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import type { Machine } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';

function unanswered(machine: Machine, host: string): { readonly error: string; readonly afterNs: number } {
  const onLink = machine.interfaces().some((i) => i.gateway !== undefined && sameSubnet(i.ipv4, host, i.prefix));
  return onLink ? { error: 'No route to host', afterNs: 3 * NS_PER_S } : { error: 'Connection timed out', afterNs: 189 * NS_PER_S };
}

function sameSubnet(a: string, b: string, prefix: number): boolean {
  const bits = (ip: string): string => ip.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
  return bits(a).slice(0, prefix) === bits(b).slice(0, prefix);
}

/** The failed connect to `host` as the tool prints it (`header` at once, `failure(error)` when the kernel gives up), or null when something answers there. */
export function unansweredConnect(ctx: CommandContext, host: string, header: string, failure: (error: string) => string): CommandOutcome | null {
  if (ctx.machine.pingRttNs(host) !== null) return null;
  const { error, afterNs } = unanswered(ctx.machine, host);
  const startNs = ctx.machine.now();
  const deadlineNs = startNs + afterNs;
  let headerPending = true;
  const run: RunningCommand = {
    advance: (nowNs) => {
      const head = headerPending ? header : '';
      headerPending = false;
      return nowNs >= deadlineNs ? { output: head + failure(error), done: true, status: 1 } : { output: head, done: false, status: 0 };
    },
    nextWakeNs: () => (headerPending ? startNs : deadlineNs),
    interrupt: () => '^C\n',
  };
  return { kind: 'running', run };
}
