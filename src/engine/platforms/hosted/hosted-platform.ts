/**
 * Hosted (Type 2: VMware GSX Server, Microsoft Virtual Server 2005, VirtualBox): a host
 * operating system owns the hardware; the VMM is a driver plus one user process per VM
 * on it. Guest kernels run under binary translation or hardware assist; every device
 * access the host must serve costs a world switch out of the VMM and back.
 */
import { VIRTUAL_BIOS_NS } from '../../calibration/boot.ts';
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { SHADOW_PT_FRACTION, hostedVmOverheadMiB } from '../../calibration/footprints.ts';
import { HOSTED_COSTS, NATIVE_COSTS } from '../../calibration/mechanism-costs.ts';
import { productFor } from '../../consoles/products.ts';
import { dirtyLimitBytes, guestOsOn } from '../../os/guest-os.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { L } from '../../metrics/layers.ts';
import { CostPath } from '../cost-path.ts';
import { kernelPaths, type CpuMode } from '../cpu-virtualization.ts';
import { vmMemory } from '../guest-memory.ts';
import { assemblePaths } from '../op-paths.ts';
import type { PlatformModel } from '../platform-model.ts';
import { hostedIoPaths } from './hosted-io-path.ts';
import { cpuModeRefusal } from '../cpu-mode-refusal.ts';
import { vmLimitOf } from '../vm-count-limit.ts';

export function hostedPlatform(s: Scenario): PlatformModel {
  const gen = CPU_GENERATIONS[s.host.cpu];
  const opts = s.platforms.hosted;
  const hostOs = guestOsOn(opts.hostOs, s.host.cpu);
  const mode: CpuMode =
    opts.technique === 'binary-translation'
      ? { kind: 'binary-translation' }
      : { kind: 'hardware-assist', paging: opts.paging ?? (gen.ept ? 'nested' : 'shadow') };
  const shadow = mode.kind === 'binary-translation' || mode.paging === 'shadow';
  const c = (cycles: number): number => cycles / gen.ghz;
  return {
    kind: 'hosted',
    // The product the column stands for (named, or inferred from the options as its console is), as the bare-metal column's.
    label: `${productFor('hosted', s)?.label ?? 'Hosted VMM'} on ${hostOs.label}: ${describeMode(mode)}, ${opts.devices} devices${opts.disk === 'raw' ? ', raw disk partitions' : ''}`,
    stack: ['host-kernel', 'vmm', 'guest-kernel', 'guest-user'],
    refusal: cpuModeRefusal(gen, mode, 'hosted'),
    admit: () => null,
    ...vmLimitOf('hosted', s),
    plan: (guest) => {
      const os = guestOsOn(guest.os, s.host.cpu);
      const k = kernelPaths(mode, { gen, kernelLayer: L.guestKernel, monitorLayer: L.vmm });
      // A guest's timer tick is a host timer firing for the VMM process, then a world switch in to inject it.
      const physicalTick = new CostPath()
        .charge(L.hostKernel, c(NATIVE_COSTS.interruptCycles))
        .charge(L.vmm, c(2 * HOSTED_COSTS.worldSwitchCycles), 'world-switches')
        .count('world-switch', 2, 'world-switches');
      return {
        paths: assemblePaths(k, hostedIoPaths(gen, k, opts.devices, opts.disk), physicalTick),
        tickHz: os.timerHz,
        idleTickHz: os.idleTimerHz,
        dirtyLimitBytes: dirtyLimitBytes(os, guest.memoryMiB),
        firmwareNs: VIRTUAL_BIOS_NS,
        boot: os.boot,
        memoryMiB: vmMemory(guest, hostedVmOverheadMiB(guest.memoryMiB), shadow ? SHADOW_PT_FRACTION * guest.memoryMiB : 0),
      };
    },
    baseMemoryMiB: () => ({ 'host-os': hostOs.footprintMiB }),
    backgroundPerSecond: () => new CostPath().charge(L.hostKernel, c(s.host.cores * hostOs.timerHz * NATIVE_COSTS.timerTickCycles)),
    licences: (admitted) => 1 + admitted.length,
  };
}

export function describeMode(mode: CpuMode): string {
  switch (mode.kind) {
    case 'native':
      return 'native';
    case 'binary-translation':
      return 'binary translation (shadow paging)';
    case 'hardware-assist':
      return `hardware assist (${mode.paging} paging)`;
    case 'paravirtual':
      return 'paravirtualized guests';
  }
}
