/**
 * What one HTTP request costs a web server on native hardware, by kind of request
 * (docs/workloads.md §5 and §18): a static GET (Apache, sendfile, 5 requests per
 * connection, ≈ 14 KB response), and the dynamic kinds of a SPECweb99-like mix.
 */
import { mix, type OpMix } from './op-mix.ts';
import { FORK_EXEC_MIX } from './process-creation.ts';

/** §5: Apache static GET, 5 requests per connection, ~14 KB mean response. */
export const STATIC_GET_MIX: OpMix = mix({
  userCycles: 7.5e4,
  tlbMisses: 75,
  kernelCycles: 2e4,
  syscalls: 11,
  contextSwitches: 1.5,
  interrupts: 3,
  // §5: ≈ 7 received (the request, the client's ACKs, connection set-up and tear-down) and ≈ 11 sent (the response's segments).
  netPackets: 18,
  netSentShare: 11 / 18,
  netBytesPerPacket: 870,
  // "Most requests can be served from memory": the file set is in the page cache.
});

/**
 * A dynamic GET served by a module in the server process (SPECweb99's standard dynamic
 * GET and the ad-rotation GET, which also parses a cookie and looks up an ad): the same
 * response size, but the page is generated — the file is read() into the generator and
 * written out instead of sent with sendfile (a copy of 14 KB each way at 0.25 cycles/byte),
 * and the generator's own work, about as much again as serving the file. [E]
 */
export const DYNAMIC_GET_MIX: OpMix = mix({
  ...STATIC_GET_MIX,
  userCycles: 2 * STATIC_GET_MIX.userCycles,
  tlbMisses: 2 * STATIC_GET_MIX.tlbMisses,
  kernelCycles: STATIC_GET_MIX.kernelCycles + 2 * 14_336 * 0.25,
  syscalls: STATIC_GET_MIX.syscalls + 2,
});

/** A CGI GET: the server forks and execs the CGI program for the request (§9's fork+exec) and reads its output through a pipe. */
export const CGI_GET_MIX: OpMix = mix({
  ...DYNAMIC_GET_MIX,
  userCycles: DYNAMIC_GET_MIX.userCycles + FORK_EXEC_MIX.userCycles,
  kernelCycles: DYNAMIC_GET_MIX.kernelCycles + FORK_EXEC_MIX.kernelCycles,
  syscalls: DYNAMIC_GET_MIX.syscalls + FORK_EXEC_MIX.syscalls + 4,
  pageFaults: FORK_EXEC_MIX.pageFaults,
  ptUpdates: FORK_EXEC_MIX.ptUpdates,
  contextSwitches: DYNAMIC_GET_MIX.contextSwitches + FORK_EXEC_MIX.contextSwitches,
});

/**
 * A POST: the server reads a small form, appends a record of ~150 bytes to the post log
 * under a lock (fcntl, write, fcntl) and answers with a short page (≈ 1 KB: 2 data
 * packets and 3 received). The log is written back later, merged with its neighbours. [D]/[E]
 */
export const POST_MIX: OpMix = mix({
  userCycles: 1e5,
  tlbMisses: 100,
  kernelCycles: 1e4,
  syscalls: 12,
  contextSwitches: 1.5,
  interrupts: 2,
  netPackets: 5,
  netSentShare: 2 / 5,
  netBytesPerPacket: 400,
  writebackOps: 150 / 65_536,
  diskBytesPerOp: 65_536,
});
