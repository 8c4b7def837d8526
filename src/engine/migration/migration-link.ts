/**
 * The link a migration copies memory over: the host's NIC to an identical second host,
 * shared with the guests' own traffic, and the CPU of the layer that sends the pages
 * (dom0, the vmkernel, the VMM process and host kernel, the shared kernel).
 *
 * Per page the sender copies 4 KiB into socket buffers (copy and checksum, as any TCP
 * payload) and sends it as ≈ 2.8 full segments through its stack and NIC driver. The rate
 * is the lower of what the NIC has left after the guests' traffic (its utilisation so
 * far) and what one core of the sending layer can push. A guest paused or frozen for its
 * whole copy sends nothing meanwhile: only the others' traffic shares the NIC with it.
 * (Pre-copy's last round, sent while the guest is paused, is priced at the live rounds'
 * rate: a small round, its error small.)
 */
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { NICS } from '../calibration/devices.ts';
import { NATIVE_COSTS } from '../calibration/mechanism-costs.ts';
import { ETHERNET_MTU_BYTES, SEGMENT_PAYLOAD_BYTES, SEGMENTS_PER_PAGE } from '../calibration/migration-costs.ts';
import { LAYERS, type L, type Layer } from '../metrics/layers.ts';
import { CostPath } from '../platforms/cost-path.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import { PAGE_BYTES } from '../sim/units.ts';

/** Most of the NIC the guests' traffic can be taken to leave busy (the migration always gets some). */
const MAX_GUEST_SHARE = 0.9;

export interface MigrationLink {
  /** Memory bytes moved per ns. */
  readonly bytesPerNs: number;
  /** What bounds the rate. */
  readonly limitedBy: 'nic' | 'cpu';
  /** CPU of the sending layers per page sent, by layer. */
  readonly perPage: CostPath;
  /** Share of the NIC the guests' traffic beside the copy takes. */
  readonly guestNicShare: number;
  /** Payload bytes per ns the NIC serves with nothing else on it. */
  readonly nicPayloadBytesPerNs: number;
}

type LayerIndex = (typeof L)[keyof typeof L];
const layerIndex = (layer: Layer): LayerIndex => LAYERS.indexOf(layer) as LayerIndex;

/** The sending side's CPU for one page: the copy in the first layer, the stack and driver in the last. */
export function pageSendPath(sim: SimulationCore, layers: readonly Layer[]): CostPath {
  const ghz = CPU_GENERATIONS[sim.scenario.host.cpu].ghz;
  const copy = layers[0] ?? 'shared-kernel';
  const stack = layers[layers.length - 1] ?? copy;
  return new CostPath()
    .charge(layerIndex(copy), (PAGE_BYTES * NATIVE_COSTS.netByteCycles) / ghz)
    .charge(layerIndex(stack), (SEGMENTS_PER_PAGE * (NATIVE_COSTS.netStackPacketCycles + NATIVE_COSTS.netDriverPacketCycles)) / ghz);
}

/** The link for a copy; `paused`: the index of a guest that sends nothing while its memory is copied (−1: it runs). */
export function migrationLink(sim: SimulationCore, layers: readonly Layer[], paused: number): MigrationLink {
  const nic = NICS[sim.scenario.host.nic];
  const besideNs = sim.nic.busyNs - (paused >= 0 ? sim.nic.busyNsOf(paused) : 0);
  const guestNicShare = sim.now > 0 ? Math.min(MAX_GUEST_SHARE, besideNs / sim.now) : 0;
  const payloadShare = SEGMENT_PAYLOAD_BYTES / (ETHERNET_MTU_BYTES + nic.framingBytes);
  const nicPayloadBytesPerNs = nic.bytesPerNs * payloadShare;
  const nicBytesPerNs = nicPayloadBytesPerNs * (1 - guestNicShare);
  const perPage = pageSendPath(sim, layers);
  const cpuBytesPerNs = PAGE_BYTES / perPage.total();
  return {
    bytesPerNs: Math.min(nicBytesPerNs, cpuBytesPerNs),
    limitedBy: nicBytesPerNs <= cpuBytesPerNs ? 'nic' : 'cpu',
    perPage,
    guestNicShare,
    nicPayloadBytesPerNs,
  };
}
