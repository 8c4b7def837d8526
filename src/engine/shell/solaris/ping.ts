/**
 * ping on Solaris: `ping host` answers "host is alive" (or "no answer from host"); with -s
 * it sends one request a second like the others (count as the third operand, default 4
 * so a scripted run ends), round trips from machine.pingRttNs.
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { isIpv4 } from '../linux/ipv4.ts';
import { pingMs } from '../linux/ping.ts';
import { PingRun, rttSummaryMs, type PingFormat, type PingStats } from '../linux/ping-schedule.ts';

function statistics(target: string, s: PingStats): string {
  const loss = s.transmitted > 0 ? Math.floor(((s.transmitted - s.received) * 100) / s.transmitted) : 0;
  let out = `\n----${target} PING Statistics----\n${s.transmitted} packets transmitted, ${s.received} packets received, ${loss}% packet loss\n`;
  if (s.received > 0) {
    const r = rttSummaryMs(s);
    out += `round-trip (ms)  min/avg/max/stddev = ${[r.min, r.avg, r.max, r.dev].map((x) => x.toFixed(3)).join('/')}\n`;
  }
  return out;
}

function format(target: string, address: string, size: number): PingFormat {
  return {
    header: () => `PING ${target}: ${size} data bytes\n`,
    reply: (seq, rttNs) => `${size + 8} bytes from ${target} (${address}): icmp_seq=${seq - 1}. time=${pingMs(rttNs)} ms\n`,
    lost: () => '',
    summary: (s) => statistics(target, s),
  };
}

function runPing(ctx: CommandContext, args: readonly string[]) {
  const stats = args.includes('-s');
  const operands = args.filter((a) => a !== '-s');
  const bad = operands.find((a) => a.startsWith('-'));
  const target = operands[0];
  if (bad !== undefined || target === undefined) {
    return done('usage: ping host [timeout]\nusage: ping -s [-l | U] [adLnRrv] [-A addr_family] [-c traffic_class]\n\t[-g gateway [-g gateway ...]] [-F flow_label] [-I interval]\n\t[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]\n', 2);
  }
  const host = ctx.machine.lookupHost(target);
  if (host === null && !isIpv4(target)) return done(`ping: unknown host ${target}\n`, 1);
  const rtt = ctx.machine.pingRttNs(target);
  if (!stats) return done(rtt === null ? `no answer from ${target}\n` : `${target} is alive\n`, rtt === null ? 1 : 0);
  const size = Number(operands[1] ?? 56);
  const count = Number(operands[2] ?? 4);
  if (!Number.isInteger(size) || size < 0 || size > 65_507 || !Number.isInteger(count) || count < 1) {
    return done(`ping: illegal packet size or count\n`, 2);
  }
  const run = new PingRun(ctx.machine, target, format(target, host?.address ?? target, size), { count, intervalNs: NS_PER_S, lostTimeoutNs: 0 });
  return { kind: 'running' as const, run };
}

export const SOLARIS_PING: Command = { name: 'ping', summary: 'send ICMP echo requests to a host', run: runPing };
