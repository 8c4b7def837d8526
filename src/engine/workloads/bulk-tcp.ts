/**
 * Bulk TCP transfer (ttcp, iperf, netperf TCP_STREAM) to a remote machine or another guest:
 * one transaction is one megabit (125,000 bytes) of payload, so throughput reads in Mbit/s
 * as the tools print it. The link's MTU sets how many segments carry it and the message
 * size how many write/read calls move it (docs/workloads.md §15).
 *
 * The same packets cross either end's paths, in opposite directions: the sender sends the
 * data segments and takes the ACKs, the receiver the reverse (`netSentShare`), so a
 * platform that prices a send and a receive apart (an emulated NIC) tells them apart.
 * Simplified: the window never closes, so no round trip is waited for.
 */
import type { WorkloadDef } from './workload-def.ts';
import { mix, type OpMix } from './op-mix.ts';
import type { WorkloadKind } from './workload-kinds.ts';

/** Payload bytes per transaction: one megabit. */
export const MEGABIT_BYTES = 125_000;
/** IPv4 (20) + TCP (20) + the timestamp option Linux sends by default (12): RFC 791, 793, 7323. */
export const TCP_HEADER_BYTES = 52;
/** The Ethernet MTU (RFC 894). */
export const ETHERNET_MTU = 1500;
/** A receiver acknowledges every second full segment (delayed ACK, RFC 1122 4.2.3.2). */
const SEGMENTS_PER_ACK = 2;
/** Copying payload between the user buffer and the socket buffer, cycles per byte (checksums offloaded). As catalog.ts's copies. */
const COPY_CYCLES_PER_BYTE = 0.25;
/** Device interrupts per packet with the NIC's interrupt moderation: 2 per 16 KiB send of 18 packets. [E] */
const INTERRUPTS_PER_PACKET = 2 / 18;
/** The tool's loop per call (buffer pointer, byte count). [E] */
const USER_CYCLES_PER_CALL = 2000;
/** A writer blocks on a full socket buffer about once per 32 KiB sent. [E] */
const BYTES_PER_BLOCK = 32_768;

export interface BulkTcp {
  readonly mtu: number;
  /** Which end this guest is: it sends the data (ttcp -t, iperf -c, netperf TCP_STREAM) or receives it (ttcp -r). */
  readonly direction: 'transmit' | 'receive';
  /** Bytes per write (sender) or read (receiver) call. */
  readonly messageBytes: number;
}

/** One megabit of payload moved over TCP with this MTU and call size, from this end's side. */
export function bulkTcpMix(b: BulkTcp): OpMix {
  const mss = b.mtu - TCP_HEADER_BYTES;
  const segments = MEGABIT_BYTES / mss;
  const acks = segments / SEGMENTS_PER_ACK;
  const packets = segments + acks;
  const calls = MEGABIT_BYTES / b.messageBytes;
  return mix({
    userCycles: calls * USER_CYCLES_PER_CALL,
    kernelCycles: MEGABIT_BYTES * COPY_CYCLES_PER_BYTE,
    syscalls: calls,
    contextSwitches: MEGABIT_BYTES / BYTES_PER_BLOCK,
    interrupts: packets * INTERRUPTS_PER_PACKET,
    netPackets: packets,
    netSentShare: (b.direction === 'transmit' ? segments : acks) / packets,
    // Bytes on the wire above the Ethernet framing: full segments and bare ACKs.
    netBytesPerPacket: (segments * (mss + TCP_HEADER_BYTES) + acks * TCP_HEADER_BYTES) / packets,
  });
}

/**
 * Workers of one stream: the socket buffer lets the sender's CPU run ahead of the wire, so
 * two let the engine overlap one buffer's CPU with the previous one's NIC time.
 */
export const BULK_STREAM_WORKERS = 2;

/** A bulk-transfer workload (ttcp, netperf TCP_STREAM): one stream, throughput in Mbit/s. */
export function bulkTcpWorkload(kind: WorkloadKind, label: string, b: BulkTcp): WorkloadDef {
  return {
    kind,
    label,
    transaction: 'one megabit of payload sent or received',
    unit: 'Mbit/s',
    perTx: bulkTcpMix(b),
    concurrency: { fixed: BULK_STREAM_WORKERS },
    residentMiB: 4,
    pageCacheMiB: 0,
    variability: 64,
  };
}
