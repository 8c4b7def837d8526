import { describe, expect, test } from 'vitest';
import { CONTAINER_COSTS, NATIVE_COSTS, XEN_COSTS } from '../../calibration/mechanism-costs.ts';
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { exitIndex } from '../../metrics/exit-reasons.ts';
import { L } from '../../metrics/layers.ts';
import { mechanismIndex } from '../../metrics/mechanisms.ts';
import { defaultScenario } from '../../scenario/default-scenario.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { OpPaths } from '../op-paths.ts';
import { bareMetalPlatform } from './bare-metal-platform.ts';

function xen(ioBackends: 'dom0' | 'hypervisor', devices: 'paravirtual' | 'emulated' = 'paravirtual'): Scenario {
  const base = defaultScenario();
  return { ...base, host: { ...base.host, cpu: 'netburst-2003' }, platforms: { ...base.platforms, 'bare-metal': { style: 'xen', guestMode: 'paravirtual', paging: 'shadow', devices, ioBackends } } };
}

function paths(s: Scenario): OpPaths {
  const g = s.guests.find((x) => x.os === 'linux');
  const plan = g && bareMetalPlatform(s).plan(g);
  if (!plan) throw new Error('no Linux guest planned');
  return plan.paths;
}

describe("Xen 1.0's I/O in the hypervisor (Barham et al. 2003, §3.3.5–3.3.6)", () => {
  const inXen = paths(xen('hypervisor'));
  const split = paths(xen('dom0'));

  test('no request or packet crosses dom0: nothing is charged to the driver domain or run on its vCPU', () => {
    for (const p of [inXen.diskOp, inXen.diskByte, inXen.netSend, inXen.interrupt]) {
      expect(p.ns[L.driverDomain]).toBe(0);
      expect(p.backendNs.every((v) => v === 0)).toBe(true);
    }
    expect(split.diskOp.ns[L.driverDomain]).toBeGreaterThan(0);
    expect(split.netSend.backendNs[L.driverDomain]).toBeGreaterThan(0);
  });

  test('the hypervisor does the back-end work instead: the VBD translation and its driver, the VFR and its driver', () => {
    expect(inXen.diskOp.ns[L.hypervisor]).toBeGreaterThan(0);
    expect(inXen.netSend.ns[L.hypervisor]).toBeGreaterThan(0);
  });

  test('zero copy: no grant copies or maps, disk data moves by DMA; a received page is exchanged by a batched page-table update', () => {
    const grant = exitIndex('hypercall:grant-op');
    expect(inXen.netSend.exits[grant]).toBe(0);
    expect(inXen.diskByte.total()).toBe(0);
    expect(split.netSend.exits[grant]).toBeGreaterThan(0);
    expect(inXen.netSend.exits[exitIndex('hypercall:mmu-update')]).toBeGreaterThan(0);
  });

  test("the VFR copies a packet's descriptor and header and matches its rules: no software bridge's work", () => {
    const ghz = CPU_GENERATIONS['netburst-2003'].ghz;
    const vfrNs = inXen.netSend.mechanismNs[mechanismIndex('bridge-nat')] as number;
    const copied = XEN_COSTS.vfrCopiedBytesPerPacket * NATIVE_COSTS.copyByteCycles;
    expect(vfrNs).toBeCloseTo((copied + XEN_COSTS.vfrRuleMatchCycles) / ghz, 6);
    expect(vfrNs).toBeLessThan(CONTAINER_COSTS.bridgePacketCycles / ghz / 10);
    expect(split.netSend.backendMechanismNs[mechanismIndex('bridge-nat')]).toBeCloseTo(CONTAINER_COSTS.bridgePacketCycles / ghz, 6);
  });

  test('so a packet and a disk request cost less beneath the guest than through dom0', () => {
    expect(inXen.netSend.total()).toBeLessThan(split.netSend.total());
    expect(inXen.diskOp.total()).toBeLessThan(split.diskOp.total());
  });

  test('the column says it is Xen 1.0, and emulated devices are refused: they need qemu-dm in a driver domain', () => {
    expect(bareMetalPlatform(xen('hypervisor')).label).toMatch(/^Xen 1\.0: .*served in the hypervisor$/);
    expect(bareMetalPlatform(xen('hypervisor', 'emulated')).refusal).toMatch(/qemu-dm/);
    expect(bareMetalPlatform(xen('dom0', 'emulated')).refusal).toBeNull();
  });
});
