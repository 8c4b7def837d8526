/**
 * ttcp and iperf (2.0): bulk TCP to another guest or to the remote machine beyond the
 * host's NIC, as Barham et al. 2003 measured with ttcp. Both run the engine's bulk-TCP
 * workload (workloads/bulk-tcp.ts: one transaction is one megabit of payload) and print
 * the tool's report of what the engine measured.
 *
 * `ttcp -t [-l buflen] [-n nbuf] [-M mtu] host` transmits nbuf buffers (2048 of 8192
 * bytes by default); `ttcp -r [-l buflen] [-n nbuf] [-M mtu]` receives them from the
 * remote machine. ttcp has no MTU option (the interface has one: `ifconfig eth0 mtu 500`):
 * `-M` stands in for it here. `iperf -c host [-t s] [-l len] [-M mss]` sends for -t
 * seconds (10); `-M` sets the segment size, so the MTU is it plus 52 bytes of headers.
 */
import type { Command, CommandContext, CommandOutcome } from '../command.ts';
import { done } from '../command.ts';
import type { TaskProgress } from '../../os/machine.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';
import { BULK_STREAM_WORKERS, bulkTcpWorkload, ETHERNET_MTU, MEGABIT_BYTES, TCP_HEADER_BYTES } from '../../workloads/bulk-tcp.ts';
import { TTCP_DEFAULT_BYTES } from '../../workloads/ttcp.ts';
import { MAX_COUNT, MAX_SECONDS, parseCount } from './option-values.ts';
import { runOneTask } from './one-task-run.ts';
import { networkTarget, peerOf } from './network-target.ts';
import { unansweredConnect } from './unanswered-connect.ts';
import { guestCpuNs, seconds } from './task-watch.ts';

const LOOK_INTERVAL_NS = 200 * NS_PER_MS;
const MIN_MTU = 296;
const MAX_MTU = 9000;
const MAX_BUFLEN = 1024 * 1024;

interface Transfer {
  readonly host: string;
  readonly transmit: boolean;
  readonly messageBytes: number;
  readonly mtu: number;
}

/** What a tool prints: `opening` at once, `connected` once connect() succeeds, `report` at the end, `failure` if connect() fails. */
interface Printing {
  readonly opening: string;
  readonly connected: string;
  readonly report: (p: TaskProgress) => string;
  readonly failure: (error: string) => string;
}

function start(ctx: CommandContext, t: Transfer, limit: { maxTransactions?: number; maxDurationNs?: number }, print: Printing, tool: string): CommandOutcome {
  const target = t.transmit ? networkTarget(ctx.machine, t.host) : { remote: true as const };
  if (typeof target === 'string') return done(`${tool}: ${target}\n`, 1);
  const failed = t.transmit && 'remote' in target ? unansweredConnect(ctx, t.host, print.opening, print.failure) : null;
  if (failed !== null) return failed;
  return runOneTask(ctx, {
    spec: {
      command: `${tool} ${t.transmit ? (tool === 'iperf' ? `-c ${t.host}` : `-t ${t.host}`) : tool === 'iperf' ? '-s' : '-r'}`,
      workload: bulkTcpWorkload('ttcp', `${tool} (MTU ${t.mtu})`, { mtu: t.mtu, messageBytes: t.messageBytes, direction: t.transmit ? 'transmit' : 'receive' }),
      workers: BULK_STREAM_WORKERS,
      ...peerOf(target),
      maxDurationNs: limit.maxDurationNs ?? MAX_SECONDS * NS_PER_S,
      ...(limit.maxTransactions === undefined ? {} : { maxTransactions: limit.maxTransactions }),
    },
    header: print.opening + print.connected,
    lookNs: LOOK_INTERVAL_NS,
    report: print.report,
    failure: print.failure,
  });
}

/** Reads `-x value` options into a map and the rest into words; null on a malformed option. */
function options(args: readonly string[], withValue: readonly string[], flags: readonly string[]): { o: Map<string, string>; words: string[] } | null {
  const o = new Map<string, string>();
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (flags.includes(a)) o.set(a, '');
    else if (withValue.includes(a)) {
      const v = args[++i];
      if (v === undefined) return null;
      o.set(a, v);
    } else if (a.startsWith('-')) return null;
    else words.push(a);
  }
  return { o, words };
}

function number(text: string | undefined, fallback: number, min: number, max: number): number | null {
  if (text === undefined) return fallback;
  const n = parseCount(text, MAX_COUNT);
  return n === null || n < min || n > max ? null : n;
}

const TTCP_USAGE = 'Usage: ttcp -t [-l buflen] [-n nbuf] [-M mtu] host\n       ttcp -r [-l buflen] [-n nbuf] [-M mtu]\n';

export const TTCP_COMMAND: Command = {
  name: 'ttcp',
  summary: 'bulk TCP throughput: ttcp -t <host> transmits, ttcp -r receives (Mbit/s)',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const parsed = options(args, ['-l', '-n', '-M', '-p'], ['-t', '-r', '-s', '-v']);
    if (!parsed) return done(TTCP_USAGE, 1);
    const { o, words } = parsed;
    const transmit = o.has('-t');
    if (transmit === o.has('-r') || (transmit ? words.length !== 1 : words.length !== 0)) return done(TTCP_USAGE, 1);
    const messageBytes = number(o.get('-l'), TTCP_DEFAULT_BYTES, 1, MAX_BUFLEN);
    const nbuf = number(o.get('-n'), 2048, 1, MAX_COUNT);
    const mtu = number(o.get('-M'), ETHERNET_MTU, MIN_MTU, MAX_MTU);
    if (messageBytes === null || nbuf === null || mtu === null) return done(`ttcp: -l 1…${MAX_BUFLEN}, -n ≥ 1, -M ${MIN_MTU}…${MAX_MTU}\n` + TTCP_USAGE, 1);
    const host = words[0] ?? 'remote';
    const side = transmit ? 'ttcp-t' : 'ttcp-r';
    const totalBytes = messageBytes * nbuf;
    const opening = `${side}: buflen=${messageBytes}, nbuf=${nbuf}, align=16384/0, port=5001  tcp${transmit ? `  -> ${host}` : ''}\n${side}: socket\n`;
    const report = (p: TaskProgress): string => {
      // The engine runs in batches and may pass nbuf × buflen: ttcp writes exactly that much, in the time it took at the rate measured.
      const measured = p.transactions * MEGABIT_BYTES;
      const share = measured > totalBytes ? totalBytes / measured : 1;
      const bytes = measured * share;
      const s = seconds(p.elapsedNs * share);
      const calls = Math.round(bytes / messageBytes);
      const cpu = guestCpuNs(p);
      return (
        `${side}: ${Math.round(bytes)} bytes in ${s.toFixed(2)} real seconds = ${(s > 0 ? bytes / 1024 / s : 0).toFixed(2)} KB/sec +++\n` +
        `${side}: ${calls} I/O calls, msec/call = ${(calls > 0 ? (s * 1000) / calls : 0).toFixed(2)}, calls/sec = ${(s > 0 ? calls / s : 0).toFixed(2)}\n` +
        `${side}: ${seconds(cpu.userNs * share).toFixed(1)}user ${seconds(cpu.systemNs * share).toFixed(1)}sys ${s.toFixed(2)}real (${(s > 0 ? (bytes * 8) / s / 1e6 : 0).toFixed(1)} Mbit/s)\n`
      );
    };
    // ttcp.c's err(): the side, then perror's "connect: <reason>".
    const failure = (error: string): string => `${side}: connect: ${error}\n`;
    const connected = transmit ? `${side}: connect\n` : `${side}: accept from ${host}\n`;
    return start(ctx, { host, transmit, messageBytes, mtu }, { maxTransactions: totalBytes / MEGABIT_BYTES }, { opening, connected, report, failure }, 'ttcp');
  },
};

const IPERF_USAGE = 'Usage: iperf -c <host> [-t secs] [-l len] [-M mss]\n';
/** iperf's default TCP read/write length. */
const IPERF_LEN = 128 * 1024;

export const IPERF_COMMAND: Command = {
  name: 'iperf',
  summary: 'bulk TCP throughput to another guest or the remote machine: iperf -c <host> [-t s]',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const parsed = options(args, ['-c', '-t', '-l', '-M', '-p', '-i'], []);
    const host = parsed?.o.get('-c');
    if (!parsed || host === undefined || parsed.words.length > 0) return done(IPERF_USAGE, 1);
    const secs = number(parsed.o.get('-t'), 10, 1, MAX_SECONDS);
    const messageBytes = number(parsed.o.get('-l'), IPERF_LEN, 1, MAX_BUFLEN);
    const mss = number(parsed.o.get('-M'), ETHERNET_MTU - TCP_HEADER_BYTES, MIN_MTU - TCP_HEADER_BYTES, MAX_MTU - TCP_HEADER_BYTES);
    if (secs === null || messageBytes === null || mss === null) return done(IPERF_USAGE, 1);
    const opening = `------------------------------------------------------------\nClient connecting to ${host}, TCP port 5001\nTCP window size: 16.0 KByte (default)\n------------------------------------------------------------\n`;
    const report = (p: TaskProgress): string => {
      const s = seconds(p.elapsedNs);
      const bytes = p.transactions * MEGABIT_BYTES;
      const transfer = bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GBytes` : `${(bytes / 1024 ** 2).toFixed(1)} MBytes`;
      return `[ ID] Interval       Transfer     Bandwidth\n[  3]  0.0-${s.toFixed(1)} sec  ${transfer}  ${(s > 0 ? (bytes * 8) / s / 1e6 : 0).toFixed(0)} Mbits/sec\n`;
    };
    // iperf 2.0's client: "connect failed: <strerror>".
    const failure = (error: string): string => `connect failed: ${error}\n`;
    return start(ctx, { host, transmit: true, messageBytes, mtu: mss + TCP_HEADER_BYTES }, { maxDurationNs: secs * NS_PER_S }, { opening, connected: '', report, failure }, 'iperf');
  },
};
