/**
 * netperf (2.4-era CLI): a request/response (TCP_RR) or bulk (TCP_STREAM) test against
 * another guest of the same platform, `netperf -H <guest> -t TCP_RR -l <s>`. It runs an
 * engine task whose packets cross the platform's virtual network to that guest
 * (network/peer-job.ts), and prints what the engine measured: transactions/s or
 * 10^6 bits/s, and with `-- -O THROUGHPUT,MEAN_LATENCY,P99_LATENCY` (netperf 2.5's
 * output selectors) the latencies. netserver is assumed to run in every guest.
 */
import type { Command, CommandContext, CommandOutcome, RunningCommand } from '../command.ts';
import { done } from '../command.ts';
import { NS_PER_MS, NS_PER_S, NS_PER_US } from '../../sim/units.ts';
import { nextLookNs, startWatched, type WatchedTask } from './task-watch.ts';

type Test = 'TCP_RR' | 'TCP_STREAM';

/** Bytes of one TCP_STREAM send (netperf's default send size: the socket buffer, 16 KiB). */
const SEND_BYTES = 16_384;
const LOOK_INTERVAL_NS = 500 * NS_PER_MS;
const SELECTORS = ['THROUGHPUT', 'THROUGHPUT_UNITS', 'MEAN_LATENCY', 'P99_LATENCY'] as const;
type Selector = (typeof SELECTORS)[number];

interface NetperfArgs {
  readonly host: string;
  readonly test: Test;
  readonly seconds: number;
  readonly selectors: readonly Selector[] | null;
}

const USAGE = `
Usage: netperf [global options] -- [test options]

Global options:
    -H name|ip        Specify the target machine (netserver runs in every guest)
    -l testlen        Specify test duration in seconds (default 10)
    -t testname       TCP_RR or TCP_STREAM (default TCP_STREAM)

Test options (after --):
    -O selectors      Output THROUGHPUT,THROUGHPUT_UNITS,MEAN_LATENCY,P99_LATENCY
`;

function parse(args: readonly string[]): NetperfArgs | string {
  let host = 'localhost';
  let test: Test = 'TCP_STREAM';
  let seconds = 10;
  let selectors: Selector[] | null = null;
  let testOptions = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--') testOptions = true;
    else if (testOptions && arg === '-O' && value !== undefined) {
      i++;
      const names = value.toUpperCase().split(',');
      const bad = names.find((n) => !(SELECTORS as readonly string[]).includes(n));
      if (bad !== undefined) return `netperf: output selector ${bad} is not modelled here\n`;
      selectors = names as Selector[];
    } else if (!testOptions && arg === '-H' && value !== undefined) host = args[++i] ?? host;
    else if (!testOptions && arg === '-t' && value !== undefined) {
      i++;
      const t = value.toUpperCase();
      if (t !== 'TCP_RR' && t !== 'TCP_STREAM') return `netperf: only TCP_RR and TCP_STREAM are modelled here, not ${value}\n`;
      test = t;
    } else if (!testOptions && arg === '-l' && value !== undefined) {
      i++;
      seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) return `netperf: test length must be 1 to 3600 seconds\n`;
    } else return `netperf: invalid option -- '${arg.replace(/^-+/, '')}'\n${USAGE}`;
  }
  return { host, test, seconds, selectors };
}

function banner(a: NetperfArgs): string {
  const kind = a.test === 'TCP_RR' ? 'TCP REQUEST/RESPONSE TEST' : 'TCP STREAM TEST';
  return `${a.selectors ? 'MIGRATED ' : ''}${kind} from 0.0.0.0 (0.0.0.0) port 0 AF_INET to ${a.host} (${a.host}) port 0 AF_INET${a.test === 'TCP_RR' && a.selectors ? ' : first burst 0' : ''}\n`;
}

interface Measured {
  readonly elapsedS: number;
  readonly rate: number;
  readonly mbits: number;
  readonly meanUs: number;
  readonly p99Us: number | null;
}

function classic(a: NetperfArgs, m: Measured): string {
  if (a.test === 'TCP_RR') {
    return (
      'Local /Remote\nSocket Size   Request  Resp.   Elapsed  Trans.\nSend   Recv   Size     Size    Time     Rate\n' +
      'bytes  Bytes  bytes    bytes   secs.    per sec\n\n' +
      `16384  87380  1        1       ${m.elapsedS.toFixed(2).padEnd(8)} ${m.rate.toFixed(2)}\n16384  87380\n`
    );
  }
  return (
    'Recv   Send    Send\nSocket Socket  Message  Elapsed\nSize   Size    Size     Time     Throughput\n' +
    'bytes  bytes   bytes    secs.    10^6bits/sec\n\n' +
    ` 87380  16384  16384    ${m.elapsedS.toFixed(2).padEnd(8)} ${m.mbits.toFixed(2).padStart(8)}\n`
  );
}

function selected(a: NetperfArgs, m: Measured, selectors: readonly Selector[]): string {
  const value = (s: Selector): string => {
    switch (s) {
      case 'THROUGHPUT':
        return (a.test === 'TCP_RR' ? m.rate : m.mbits).toFixed(2);
      case 'THROUGHPUT_UNITS':
        return a.test === 'TCP_RR' ? 'Trans/s' : '10^6bits/s';
      case 'MEAN_LATENCY':
        return m.meanUs.toFixed(2);
      case 'P99_LATENCY':
        return m.p99Us === null ? '-1' : Math.round(m.p99Us).toString();
    }
  };
  const title: Record<Selector, string> = { THROUGHPUT: 'Throughput', THROUGHPUT_UNITS: 'Throughput Units', MEAN_LATENCY: 'Mean Latency Microseconds', P99_LATENCY: '99th Percentile Latency Microseconds' };
  const cells = selectors.map((s) => ({ title: title[s], value: value(s) }));
  const widths = cells.map((c) => Math.max(c.title.length, c.value.length));
  return `${cells.map((c, i) => c.title.padEnd(widths[i] ?? 0)).join(' ')}\n${cells.map((c, i) => c.value.padEnd(widths[i] ?? 0)).join(' ')}\n`;
}

class NetperfRun implements RunningCommand {
  private readonly task: WatchedTask;
  private readonly deadlineNs: number;
  private lastNs: number;
  private finished = false;

  constructor(
    ctx: CommandContext,
    private readonly a: NetperfArgs,
  ) {
    this.lastNs = ctx.machine.now();
    this.deadlineNs = this.lastNs + a.seconds * NS_PER_S;
    const rr = a.test === 'TCP_RR';
    // One transaction in flight for TCP_RR; a stream's socket buffer lets the sender's CPU run
    // ahead of the wire, so two workers let the engine overlap a send's CPU with the previous one's NIC time.
    this.task = startWatched(ctx.machine, {
      command: `netperf -H ${a.host} -t ${a.test}`,
      workload: rr ? 'net-rr' : 'tcp-stream',
      workers: rr ? 1 : 2,
      maxDurationNs: a.seconds * NS_PER_S,
      peer: a.host,
    });
  }

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    if (this.finished) return { output: '', done: true, status: 0 };
    this.lastNs = Math.max(this.lastNs, nowNs);
    const p = this.task.handle.progress();
    if (p.error !== undefined) return this.end(`establish_control could not establish the control connection to ${this.a.host}: ${p.error}\n`, 1);
    if (!p.done) return { output: '', done: false, status: 0 };
    const elapsedS = p.elapsedNs / NS_PER_S;
    const m: Measured = {
      elapsedS,
      rate: elapsedS > 0 ? p.transactions / elapsedS : 0,
      mbits: elapsedS > 0 ? (p.transactions * SEND_BYTES * 8) / elapsedS / 1e6 : 0,
      meanUs: p.transactions > 0 ? p.elapsedNs / p.transactions / NS_PER_US : 0,
      p99Us: p.latencyMs.p99 === null ? null : p.latencyMs.p99 * 1000,
    };
    return this.end(banner(this.a) + (this.a.selectors ? selected(this.a, m, this.a.selectors) : classic(this.a, m)), 0);
  }

  nextWakeNs(): number | null {
    return this.finished ? null : nextLookNs(this.lastNs, LOOK_INTERVAL_NS, this.deadlineNs);
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    this.task.handle.cancel();
    return '^C\n';
  }

  private end(output: string, status: number): { output: string; done: boolean; status: number } {
    this.finished = true;
    return { output, done: true, status };
  }
}

export const NETPERF_COMMAND: Command = {
  name: 'netperf',
  summary: 'measure request/response (TCP_RR) or bulk (TCP_STREAM) performance to another guest',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const a = parse(args);
    if (typeof a === 'string') return done(a, 1);
    if (a.host === 'localhost' || a.host === ctx.machine.hostname) {
      return done(`establish control: are you sure there is a netserver listening on ${a.host} at port 12865?\nnetperf here measures between two guests: netperf -H <other guest> -t TCP_RR\n`, 1);
    }
    return { kind: 'running', run: new NetperfRun(ctx, a) };
  },
};
