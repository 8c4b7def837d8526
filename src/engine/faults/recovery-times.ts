/**
 * How long the layers under the guests take to come back, measured through the same
 * paths a guest's boot takes: the host's boot is its OS's boot work priced on bare
 * hardware after the server's POST; a driver domain's restart is a Linux guest's boot on
 * the hypervisor. The guests then boot again through their own paths.
 */
import { SERVER_POST_NS } from '../calibration/faults.ts';
import type { OsId } from '../os/os-families.ts';
import type { GuestPlan } from '../platforms/platform-model.ts';
import { makeJob } from '../run/core/job.ts';
import { PLATFORM_MODELS } from '../platforms/platform-models.ts';
import type { SimulationCore } from '../run/core/simulation-core.ts';
import type { GuestSpec, HostSpec } from '../scenario/schema.ts';

/** The OS that boots under the guests after a host-level crash (dom0, service console and KVM host are Linux). */
function hostOs(sim: SimulationCore, target: GuestSpec | null): OsId {
  const p = sim.scenario.platforms;
  switch (sim.model.kind) {
    case 'hosted':
      return p.hosted.hostOs;
    case 'container':
      return p.container.hostOs;
    case 'native':
      return target?.os ?? 'linux';
    case 'bare-metal':
      return 'linux';
  }
}

/** A boot's length: firmware, then the boot's CPU work and the disk reads it waits for. */
function bootNs(plan: GuestPlan, host: HostSpec): number {
  const job = makeJob(plan, plan.boot, 1, 0, host);
  return plan.firmwareNs + job.burstNs + job.backendNs + job.diskNs + job.netNs;
}

/** A stand-in guest for the layer that boots: one with the host's cores and nothing to run. */
function layerSpec(os: OsId, host: HostSpec): GuestSpec {
  return { name: 'host', os, vcpus: host.cores, memoryMiB: 1024, workload: { kind: 'idle' } };
}

/** From the crash until the host can start guests again: POST, then the host layer's boot on bare hardware. */
export function hostRebootNs(sim: SimulationCore, target: GuestSpec | null): number {
  const host = sim.scenario.host;
  const native = PLATFORM_MODELS.native(sim.scenario).plan(layerSpec(hostOs(sim, target), host));
  return SERVER_POST_NS + bootNs(native, host);
}

/** A driver domain's restart: a Linux guest's boot on this hypervisor. */
export function driverDomainRestartNs(sim: SimulationCore): number {
  return bootNs(sim.model.plan(layerSpec('linux', sim.scenario.host)), sim.scenario.host);
}
