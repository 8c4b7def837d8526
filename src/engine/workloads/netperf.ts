/**
 * netperf's tests as a scenario's workload, to a remote machine or to a `peer` guest:
 * TCP_RR and UDP_RR (one request and its response per transaction, netperf -r req,resp)
 * and TCP_STREAM (bulk, as ttcp; netperf -m sets the send size, 16 KiB by default).
 */
import { bulkTcpWorkload, ETHERNET_MTU, TCP_HEADER_BYTES } from './bulk-tcp.ts';
import type { WorkloadDef } from './workload-def.ts';
import { mix, type OpMix } from './op-mix.ts';
import type { WorkloadParameters } from './workload-parameters.ts';

/** netperf's default TCP_STREAM send size: the socket buffer, 16 KiB. */
export const NETPERF_SEND_BYTES = 16_384;
/** IPv4 (20) + UDP (8) headers: RFC 791, 768. */
const UDP_HEADER_BYTES = 28;
/**
 * Kernel work per round trip beyond the priced syscalls, packets and interrupts: TCP's
 * state machine, timers and ACK handling (catalog.ts net-rr, §7), and UDP's lighter
 * path, which keeps no connection state. [E]
 */
const TCP_RR_KERNEL_CYCLES = 1e4;
const UDP_RR_KERNEL_CYCLES = 6e3;

export type NetperfTest = 'TCP_RR' | 'UDP_RR' | 'TCP_STREAM';

/** One request of `req` bytes and its response of `resp` bytes, each in as many packets as the MTU needs. */
function requestResponseMix(test: 'TCP_RR' | 'UDP_RR', req: number, resp: number, mtu: number): OpMix {
  const header = test === 'TCP_RR' ? TCP_HEADER_BYTES : UDP_HEADER_BYTES;
  const perPacket = mtu - header;
  // netperf (this guest) sends the request's packets and receives the response's.
  const sent = Math.ceil(req / perPacket);
  const packets = sent + Math.ceil(resp / perPacket);
  return mix({
    // §7: netperf's loop, a send and a receive call, a sleep and a wake-up per round trip.
    userCycles: 5000,
    kernelCycles: test === 'TCP_RR' ? TCP_RR_KERNEL_CYCLES : UDP_RR_KERNEL_CYCLES,
    syscalls: 2,
    contextSwitches: 2,
    interrupts: 1.5,
    netPackets: packets,
    netSentShare: sent / packets,
    netBytesPerPacket: (req + resp) / packets + header,
    netRoundTrips: 1,
  });
}

export function netperfWorkload(p: WorkloadParameters): WorkloadDef {
  const test = p.test ?? 'TCP_RR';
  const mtu = p.mtu ?? ETHERNET_MTU;
  if (test === 'TCP_STREAM') {
    const messageBytes = p.messageBytes ?? NETPERF_SEND_BYTES;
    // TCP_STREAM: netperf (this guest) sends, netserver receives.
    return bulkTcpWorkload('netperf', `netperf -t TCP_STREAM -- -m ${messageBytes}`, { mtu, messageBytes, direction: 'transmit' });
  }
  const req = p.requestBytes ?? 1;
  const resp = p.responseBytes ?? 1;
  return {
    kind: 'netperf',
    label: `netperf -t ${test} -- -r ${req},${resp}`,
    transaction: `one ${req}-byte request and its ${resp}-byte response`,
    unit: 'round trips/s',
    perTx: requestResponseMix(test, req, resp, mtu),
    concurrency: { fixed: 1 },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 32,
  };
}
