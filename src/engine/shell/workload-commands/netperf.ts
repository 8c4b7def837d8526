/**
 * netperf (2.4-era CLI): a request/response (TCP_RR, UDP_RR) or bulk (TCP_STREAM) test
 * against another guest of the same platform or the remote machine beyond the host's NIC
 * (`-H remote` or an address that is no guest's), `netperf -H <host> -t TCP_RR -l <s>
 * [-- -r req,resp] [-- -m bytes]`. It runs the engine's netperf workload
 * (workloads/netperf.ts); to a guest, its packets cross the platform's virtual network
 * (network/peer-job.ts). It prints what the engine measured: transactions/s or 10^6
 * bits/s, and with `-- -O THROUGHPUT,MEAN_LATENCY,P99_LATENCY` (netperf 2.5's output
 * selectors) the latencies. netserver is assumed to run in every guest and on the remote machine.
 */
import type { Command, CommandContext, CommandOutcome } from '../command.ts';
import { done } from '../command.ts';
import type { TaskProgress } from '../../os/machine.ts';
import { NS_PER_MS, NS_PER_S, NS_PER_US } from '../../sim/units.ts';
import { runOneTask } from './one-task-run.ts';
import { NETPERF_SEND_BYTES, netperfWorkload, type NetperfTest } from '../../workloads/netperf.ts';
import { NETPERF_TESTS } from '../../workloads/workload-parameters.ts';
import { MAX_COUNT, parseCount } from './option-values.ts';
import { networkTarget, peerOf, type NetworkTarget } from './network-target.ts';
import { unansweredConnect } from './unanswered-connect.ts';

type Test = NetperfTest;
const LOOK_INTERVAL_NS = 500 * NS_PER_MS;
const SELECTORS = ['THROUGHPUT', 'THROUGHPUT_UNITS', 'MEAN_LATENCY', 'P99_LATENCY'] as const;
type Selector = (typeof SELECTORS)[number];

interface NetperfArgs {
  readonly host: string;
  readonly test: Test;
  readonly seconds: number;
  readonly selectors: readonly Selector[] | null;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly sendBytes: number;
}

/** Largest request, response (a UDP datagram) and send size. */
const MAX_MESSAGE = 65_507;

const USAGE = `
Usage: netperf [global options] -- [test options]

Global options:
    -H name|ip        Specify the target machine (netserver runs in every guest)
    -l testlen        Specify test duration in seconds (default 10)
    -t testname       TCP_RR, UDP_RR or TCP_STREAM (default TCP_STREAM)

Test options (after --):
    -O selectors      Output THROUGHPUT,THROUGHPUT_UNITS,MEAN_LATENCY,P99_LATENCY
    -r req,resp       Request and response sizes (RR tests, default 1,1)
    -m bytes          Send size (TCP_STREAM, default 16384)
`;

function parse(args: readonly string[]): NetperfArgs | string {
  let host = 'localhost';
  let test: Test = 'TCP_STREAM';
  let seconds = 10;
  let selectors: Selector[] | null = null;
  let testOptions = false;
  let requestBytes = 1;
  let responseBytes = 1;
  let sendBytes = NETPERF_SEND_BYTES;
  const size = (text: string | undefined): number | null => {
    const n = text === undefined ? null : parseCount(text, MAX_COUNT);
    return n === null || n < 1 || n > MAX_MESSAGE ? null : n;
  };
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
    } else if (testOptions && arg === '-r' && value !== undefined) {
      i++;
      const [req, resp] = value.split(',');
      const r = size(req);
      const p = size(resp === undefined || resp === '' ? req : resp);
      if (r === null || p === null) return `netperf: -r ${value}: sizes of 1 to ${MAX_MESSAGE} bytes\n`;
      [requestBytes, responseBytes] = [r, p];
    } else if (testOptions && arg === '-m' && value !== undefined) {
      i++;
      const m = size(value);
      if (m === null) return `netperf: -m ${value}: a send size of 1 to ${MAX_MESSAGE} bytes\n`;
      sendBytes = m;
    } else if (!testOptions && arg === '-H' && value !== undefined) host = args[++i] ?? host;
    else if (!testOptions && arg === '-t' && value !== undefined) {
      i++;
      const t = NETPERF_TESTS.find((n) => n === value.toUpperCase());
      if (t === undefined) return `netperf: only ${NETPERF_TESTS.join(', ')} are modelled here, not ${value}\n`;
      test = t;
    } else if (!testOptions && arg === '-l' && value !== undefined) {
      i++;
      seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) return `netperf: test length must be 1 to 3600 seconds\n`;
    } else return `netperf: invalid option -- '${arg.replace(/^-+/, '')}'\n${USAGE}`;
  }
  return { host, test, seconds, selectors, requestBytes, responseBytes, sendBytes };
}

function banner(a: NetperfArgs): string {
  const kind = { TCP_RR: 'TCP REQUEST/RESPONSE TEST', UDP_RR: 'UDP REQUEST/RESPONSE TEST', TCP_STREAM: 'TCP STREAM TEST' }[a.test];
  return `${a.selectors ? 'MIGRATED ' : ''}${kind} from 0.0.0.0 (0.0.0.0) port 0 AF_INET to ${a.host} (${a.host}) port 0 AF_INET${a.test !== 'TCP_STREAM' && a.selectors ? ' : first burst 0' : ''}\n`;
}

interface Measured {
  readonly elapsedS: number;
  readonly rate: number;
  readonly mbits: number;
  readonly meanUs: number;
  readonly p99Us: number | null;
}

function classic(a: NetperfArgs, m: Measured): string {
  if (a.test !== 'TCP_STREAM') {
    const [send, recv] = a.test === 'TCP_RR' ? ['16384', '87380'] : ['9216 ', '42080'];
    return (
      'Local /Remote\nSocket Size   Request  Resp.   Elapsed  Trans.\nSend   Recv   Size     Size    Time     Rate\n' +
      'bytes  Bytes  bytes    bytes   secs.    per sec\n\n' +
      `${send}  ${recv}  ${String(a.requestBytes).padEnd(8)} ${String(a.responseBytes).padEnd(7)} ${m.elapsedS.toFixed(2).padEnd(8)} ${m.rate.toFixed(2)}\n${send}  ${recv}\n`
    );
  }
  return (
    'Recv   Send    Send\nSocket Socket  Message  Elapsed\nSize   Size    Size     Time     Throughput\n' +
    'bytes  bytes   bytes    secs.    10^6bits/sec\n\n' +
    ` 87380  16384  ${String(a.sendBytes).padEnd(8)} ${m.elapsedS.toFixed(2).padEnd(8)} ${m.mbits.toFixed(2).padStart(8)}\n`
  );
}

function selected(a: NetperfArgs, m: Measured, selectors: readonly Selector[]): string {
  const value = (s: Selector): string => {
    switch (s) {
      case 'THROUGHPUT':
        return (a.test === 'TCP_STREAM' ? m.mbits : m.rate).toFixed(2);
      case 'THROUGHPUT_UNITS':
        return a.test === 'TCP_STREAM' ? '10^6bits/s' : 'Trans/s';
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

/** What netperf prints once its test is over. */
function report(a: NetperfArgs, p: TaskProgress): string {
  const elapsedS = p.elapsedNs / NS_PER_S;
  const m: Measured = {
    elapsedS,
    rate: elapsedS > 0 ? p.transactions / elapsedS : 0,
    // A TCP_STREAM transaction is one megabit (workloads/bulk-tcp.ts).
    mbits: elapsedS > 0 ? p.transactions / elapsedS : 0,
    meanUs: p.transactions > 0 ? p.elapsedNs / p.transactions / NS_PER_US : 0,
    p99Us: p.latencyMs.p99 === null ? null : p.latencyMs.p99 * 1000,
  };
  return banner(a) + (a.selectors ? selected(a, m, a.selectors) : classic(a, m));
}

function start(ctx: CommandContext, a: NetperfArgs, target: NetworkTarget): CommandOutcome {
  // One transaction in flight for the RR tests; a stream as many as its socket buffer lets run ahead.
  const workload = netperfWorkload({ test: a.test, requestBytes: a.requestBytes, responseBytes: a.responseBytes, messageBytes: a.sendBytes });
  return runOneTask(ctx, {
    spec: {
      command: `netperf -H ${a.host} -t ${a.test}`,
      workload,
      workers: 'fixed' in workload.concurrency ? workload.concurrency.fixed : 1,
      maxDurationNs: a.seconds * NS_PER_S,
      ...peerOf(target),
    },
    header: '',
    lookNs: LOOK_INTERVAL_NS,
    report: (p) => report(a, p),
    failure: (error) => `establish_control could not establish the control connection to ${a.host}: ${error}\n`,
  });
}

export const NETPERF_COMMAND: Command = {
  name: 'netperf',
  summary: 'measure request/response (TCP_RR, UDP_RR) or bulk (TCP_STREAM) performance to another guest or the remote machine',
  run(ctx: CommandContext, args: readonly string[]): CommandOutcome {
    const a = parse(args);
    if (typeof a === 'string') return done(a, 1);
    const target = networkTarget(ctx.machine, a.host);
    if (typeof target === 'string') {
      return done(`establish control: are you sure there is a netserver listening on ${a.host} at port 12865?\nnetperf here measures to another guest or to the remote machine (${target}): netperf -H <other guest>|remote -t TCP_RR\n`, 1);
    }
    // netlib.c's establish_control, once connect() to netserver's port gives up.
    const noServer = (): string =>
      `establish control: are you sure there is a netserver listening on ${a.host} at port 12865?\n` +
      `establish_control could not establish the control connection from 0.0.0.0 port 0 address family AF_UNSPEC to ${a.host} port 12865 address family AF_INET\n`;
    return ('remote' in target ? unansweredConnect(ctx, a.host, '', noServer) : null) ?? start(ctx, a, target);
  },
};
