/**
 * ping (Windows Server 2003): 32-byte echo requests, -n N of them (default 4), -t until
 * Ctrl-C; round trips from machine.pingRttNs in whole milliseconds, as the ICMP API's
 * RoundTripTime counts them ("time<1ms" for 0), and its statistics from the same whole numbers,
 * a lost request reported after the 4-second timeout. Names resolve through machine.lookupHost,
 * and each reply carries the TTL of the OS that answers.
 */
import type { HostAddress } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { isIpv4 } from '../linux/ipv4.ts';
import { PingRun, rttSummaryMs, type PingFormat, type PingStats } from '../linux/ping-schedule.ts';

/** Windows waits this long for each reply by default (-w 4000). */
const TIMEOUT_NS = 4 * NS_PER_S;

const USAGE =
  '\nUsage: ping [-t] [-a] [-n count] [-l size] [-f] [-i TTL] [-v TOS]\n            [-r count] [-s count] [[-j host-list] | [-k host-list]]\n            [-w timeout] target_name\n';

function summary(target: string, s: PingStats): string {
  const lost = s.transmitted - s.received;
  const pct = s.transmitted > 0 ? Math.floor((lost * 100) / s.transmitted) : 0;
  let out = `\nPing statistics for ${target}:\n    Packets: Sent = ${s.transmitted}, Received = ${s.received}, Lost = ${lost} (${pct}% loss),\n`;
  if (s.received > 0) {
    const r = rttSummaryMs(s);
    out += `Approximate round trip times in milli-seconds:\n    Minimum = ${Math.floor(r.min)}ms, Maximum = ${Math.floor(r.max)}ms, Average = ${Math.floor(r.avg)}ms\n`;
  }
  return out;
}

function windowsFormat(target: string, host: HostAddress): PingFormat {
  const shown = isIpv4(target) ? host.address : `${target} [${host.address}]`;
  return {
    header: () => `\nPinging ${shown} with 32 bytes of data:\n\n`,
    reply: (_seq, rttNs) => {
      const ms = Math.floor(rttNs / NS_PER_MS);
      return `Reply from ${host.address}: bytes=32 ${ms === 0 ? 'time<1ms' : `time=${ms}ms`} TTL=${host.ttl}\n`;
    },
    lost: () => 'Request timed out.\n',
    summary: (s) => summary(host.address, s),
  };
}

function runPing(ctx: CommandContext, args: readonly string[]) {
  let count = 4;
  let target: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const sw = arg.replace(/^\//, '-').toLowerCase();
    if (sw === '-t') count = Infinity;
    else if (sw === '-n') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1) return done(`Bad value for option -n, valid range is from 1 to 4294967295.\n`, 1);
      count = n;
    } else if (sw === '-l' || sw === '-w' || sw === '-i') i++;
    else if (sw === '-a') continue;
    else if (sw.startsWith('-')) return done(`Bad option ${arg}.\n${USAGE}`, 1);
    else target = arg;
  }
  if (target === null) return done(USAGE, 1);
  const host = ctx.machine.lookupHost(target);
  if (host === null && !isIpv4(target)) return done(`Ping request could not find host ${target}. Please check the name and try again.\n`, 1);
  const run = new PingRun(ctx.machine, target, windowsFormat(target, host ?? { address: target, ttl: 0 }), { count, intervalNs: NS_PER_S, lostTimeoutNs: TIMEOUT_NS });
  return { kind: 'running' as const, run };
}

export const WIN_PING: Command = { name: 'ping', summary: 'send ICMP echo requests to a host', run: runPing };
