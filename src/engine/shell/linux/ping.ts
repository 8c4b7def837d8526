/**
 * ping (iputils): one echo request per virtual second to another machine, its round trip
 * from machine.pingRttNs; -c N requests (default 4 — real ping runs until interrupted,
 * but a scripted run must end), -i seconds between them. Statistics at the end or on
 * Ctrl-C. Names resolve as the machines' hosts files list them (machine.lookupHost), and each
 * reply carries the TTL of the OS that answers.
 * Simplified: an echo request waits for cores on the way, not behind the packets its guest
 * has queued on a busy NIC (netperf's transactions do).
 */
import type { HostAddress } from '../../os/machine.ts';
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { isIpv4 } from './ipv4.ts';
import { PingRun, rttSummaryMs, type PingFormat, type PingStats } from './ping-schedule.ts';

const USAGE =
  'Usage: ping [-LRUbdfnqrvVaA] [-c count] [-i interval] [-w deadline]\n            [-p pattern] [-s packetsize] [-t ttl] [-I interface or address]\n            [-M mtu discovery hint] [-S sndbuf]\n            [ -T timestamp option ] [ -Q tos ] [hop1 ...] destination\n';

/** iputils' precision: three significant digits or so. */
export function pingMs(ns: number): string {
  const ms = ns / NS_PER_MS;
  if (ms >= 100) return Math.floor(ms).toString();
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

function linuxSummary(target: string, s: PingStats): string {
  const loss = s.transmitted > 0 ? Math.floor(((s.transmitted - s.received) * 100) / s.transmitted) : 0;
  let out = `\n--- ${target} ping statistics ---\n`;
  out += `${s.transmitted} packets transmitted, ${s.received} received, ${loss}% packet loss, time ${Math.floor(s.elapsedNs / NS_PER_MS)}ms\n`;
  if (s.received > 0) {
    const r = rttSummaryMs(s);
    out += `rtt min/avg/max/mdev = ${[r.min, r.avg, r.max, r.dev].map((x) => x.toFixed(3)).join('/')} ms\n`;
  }
  return out;
}

function linuxFormat(target: string, host: HostAddress): PingFormat {
  const from = isIpv4(target) ? host.address : `${target} (${host.address})`;
  return {
    header: () => `PING ${target} (${host.address}) 56(84) bytes of data.\n`,
    reply: (seq, rttNs) => `64 bytes from ${from}: icmp_seq=${seq} ttl=${host.ttl} time=${pingMs(rttNs)} ms\n`,
    lost: () => '',
    summary: (s) => linuxSummary(target, s),
  };
}

interface PingArgs {
  readonly target: string;
  readonly count: number;
  readonly intervalNs: number;
}

function parseArgs(args: readonly string[]): PingArgs | string {
  let count = 4;
  let intervalNs = NS_PER_S;
  let target: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-c' || arg === '-i') {
      const value = Number(args[++i]);
      if (arg === '-c') {
        if (!Number.isInteger(value) || value < 1) return 'ping: bad number of packets to transmit.\n';
        count = value;
      } else {
        if (!Number.isFinite(value) || value < 0.2) return 'ping: bad timing interval.\n';
        intervalNs = value * NS_PER_S;
      }
    } else if (arg.startsWith('-')) {
      return `ping: invalid option -- '${arg.slice(1)}'\n${USAGE}`;
    } else {
      target = arg;
    }
  }
  return target === null ? USAGE : { target, count, intervalNs };
}

function runPing(ctx: CommandContext, args: readonly string[]) {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return done(parsed, 2);
  const { target } = parsed;
  const host = ctx.machine.lookupHost(target);
  if (host === null && !isIpv4(target)) return done(`ping: ${target}: Name or service not known\n`, 2);
  const run = new PingRun(ctx.machine, target, linuxFormat(target, host ?? { address: target, ttl: 0 }), {
    count: parsed.count,
    intervalNs: parsed.intervalNs,
    lostTimeoutNs: 0,
  });
  return { kind: 'running' as const, run };
}

export const PING: Command = {
  name: 'ping',
  summary: 'send ICMP echo requests to a host',
  run: runPing,
};
