import { describe, expect, test } from 'vitest';
import { CPU_GENERATIONS } from '../calibration/cpu-generations.ts';
import { EXIT_REASONS, exitIndex } from '../metrics/exit-reasons.ts';
import { LAYERS, L } from '../metrics/layers.ts';
import type { CostPath } from './cost-path.ts';
import type { CpuGenerationId } from '../hardware/cpu-generation-ids.ts';
import { kernelPaths, type CpuMode, type KernelContext } from './cpu-virtualization.ts';

const NATIVE: CpuMode = { kind: 'native' };
const BT: CpuMode = { kind: 'binary-translation' };
const SHADOW: CpuMode = { kind: 'hardware-assist', paging: 'shadow' };
const NESTED: CpuMode = { kind: 'hardware-assist', paging: 'nested' };
const PV: CpuMode = { kind: 'paravirtual' };

function ctx(cpu: CpuGenerationId = 'nehalem-2009'): KernelContext {
  return { gen: CPU_GENERATIONS[cpu], kernelLayer: L.guestKernel, monitorLayer: L.vmm };
}

/** The layers a path charges (non-zero only). */
function layersOf(p: CostPath): string[] {
  return LAYERS.filter((_, i) => (p.ns[i] as number) > 0);
}

/** The exits, traps and hypercalls a path causes, with their counts (non-zero only). */
function exitsOf(p: CostPath): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of EXIT_REASONS) {
    const n = p.exits[exitIndex(r)] as number;
    if (n > 0) out[r] = n;
  }
  return out;
}

describe('system calls', () => {
  test('with hardware assist a guest system call causes no exit and charges only the guest kernel', () => {
    const k = kernelPaths(NESTED, ctx());
    expect(exitsOf(k.syscall)).toEqual({});
    expect(layersOf(k.syscall)).toEqual(['guest-kernel']);
    expect(k.syscall.total()).toBeCloseTo(kernelPaths(NATIVE, ctx()).syscall.total(), 9);
  });

  test('under binary translation a guest system call traps once into the monitor', () => {
    const k = kernelPaths(BT, ctx());
    expect(exitsOf(k.syscall)).toEqual({ 'trap:syscall': 1 });
    expect(layersOf(k.syscall)).toEqual(['guest-kernel', 'vmm']);
    expect(k.syscall.total()).toBeGreaterThan(kernelPaths(NATIVE, ctx()).syscall.total());
  });
});

describe('page-table updates', () => {
  test('with shadow paging a page-table write exits to the monitor', () => {
    const k = kernelPaths(SHADOW, ctx('core2-2006'));
    expect(exitsOf(k.ptUpdate)).toEqual({ 'exit:pt-write': 1 });
    expect(k.ptUpdate.ns[L.vmm]).toBeGreaterThan(0);
  });

  test('with nested paging a page-table write stays in the guest kernel', () => {
    const k = kernelPaths(NESTED, ctx());
    expect(exitsOf(k.ptUpdate)).toEqual({});
    expect(layersOf(k.ptUpdate)).toEqual(['guest-kernel']);
  });

  test('paravirtual page-table writes are batched mmu-update hypercalls, not exits', () => {
    const k = kernelPaths(PV, ctx());
    const exits = exitsOf(k.ptUpdate);
    expect(Object.keys(exits)).toEqual(['hypercall:mmu-update']);
    // One hypercall validates a batch of several updates.
    expect(exits['hypercall:mmu-update']).toBeGreaterThan(0);
    expect(exits['hypercall:mmu-update']).toBeLessThan(1);
  });

  test('with shadow paging a context switch exits on the CR3 write; with nested paging it does not', () => {
    expect(exitsOf(kernelPaths(SHADOW, ctx('core2-2006')).contextSwitch)).toEqual({ 'exit:cr3-write': 1 });
    expect(exitsOf(kernelPaths(NESTED, ctx()).contextSwitch)).toEqual({});
  });
});

describe('TLB misses', () => {
  test('with page-walk caches a TLB miss takes 4.4 accesses under nested paging against 1.5 natively, not the 24-reference worst case', () => {
    const native = kernelPaths(NATIVE, ctx()).tlbMiss;
    const nested = kernelPaths(NESTED, ctx()).tlbMiss;
    expect(nested.total() / native.total()).toBeCloseTo(4.4 / 1.5, 9);
    expect(exitsOf(nested)).toEqual({});
  });

  test('shadow paging keeps the native one-dimensional walk', () => {
    expect(kernelPaths(SHADOW, ctx()).tlbMiss.total()).toBeCloseTo(kernelPaths(NATIVE, ctx()).tlbMiss.total(), 9);
  });
});

describe('translated kernel code', () => {
  test('under binary translation each kernel cycle pays the translation cache’s call/return penalty in the monitor', () => {
    const bt = kernelPaths(BT, ctx('core2-2006')).kernelCycle;
    const native = kernelPaths(NATIVE, ctx('core2-2006')).kernelCycle;
    expect(layersOf(bt)).toEqual(['guest-kernel', 'vmm']);
    expect(bt.ns[L.guestKernel]).toBeCloseTo(native.total(), 12);
    // 40 cycles per call/return pair, 70 calls per 4000 kernel cycles.
    expect((bt.ns[L.vmm] as number) / native.total()).toBeCloseTo(0.7, 9);
  });

  test('with hardware assist kernel code runs untranslated at native cost', () => {
    expect(kernelPaths(SHADOW, ctx('core2-2006')).kernelCycle.total()).toBeCloseTo(kernelPaths(NATIVE, ctx('core2-2006')).kernelCycle.total(), 12);
  });
});

describe('waking from idle', () => {
  test('a kernel on the hardware only leaves its idle loop; a VM’s halted vCPU exits and is rescheduled under it', () => {
    expect(kernelPaths(NATIVE, ctx()).wake.total()).toBe(0);
    expect(exitsOf(kernelPaths(NESTED, ctx()).wake)).toEqual({ 'exit:hlt': 1 });
    expect(exitsOf(kernelPaths(BT, ctx()).wake)).toEqual({ 'trap:hlt': 1 });
    expect(exitsOf(kernelPaths(PV, ctx()).wake)).toEqual({ 'hypercall:sched-block': 1 });
    expect(layersOf(kernelPaths(NESTED, ctx()).wake)).toEqual(['vmm']);
    // The reschedule is a context switch of the layer under the guest.
    expect(kernelPaths(NESTED, ctx()).wake.total()).toBeGreaterThan(CPU_GENERATIONS['nehalem-2009'].contextSwitchNs);
  });
});

describe('interrupt completion', () => {
  test('before APIC virtualization (nehalem-2009) an interrupt also exits on its EOI', () => {
    const k = kernelPaths(NESTED, ctx('nehalem-2009'));
    expect(exitsOf(k.deliverInterrupt)).toEqual({ 'exit:external-interrupt': 1, 'exit:apic-eoi': 1 });
    expect(exitsOf(k.deliverTick)).toEqual({ 'exit:external-interrupt': 1, 'exit:apic-eoi': 1 });
  });

  test('with APICv (skylake-2015) the EOI exit disappears', () => {
    const k = kernelPaths(NESTED, ctx('skylake-2015'));
    expect(exitsOf(k.deliverInterrupt)).toEqual({ 'exit:external-interrupt': 1 });
    expect(exitsOf(k.deliverTick)).toEqual({ 'exit:external-interrupt': 1 });
  });

  test('natively nothing exits and the monitor is never charged', () => {
    const k = kernelPaths(NATIVE, ctx());
    for (const p of Object.values(k) as CostPath[]) {
      expect(exitsOf(p)).toEqual({});
      expect(p.ns[L.vmm]).toBe(0);
    }
  });
});
