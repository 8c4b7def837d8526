import { describe, expect, test } from 'vitest';
import { EXIT_REASONS } from '../../../engine/metrics/exit-reasons.ts';
import { EXIT_MECHANISMS, exitReasonName } from './exit-reason-names.ts';

describe('exit reasons in people’s words', () => {
  test('the issue’s examples read as a person would say them', () => {
    expect(exitReasonName('exit:apic-eoi')).toBe('APIC end-of-interrupt (VM exit)');
    expect(exitReasonName('hypercall:grant-op')).toBe('Grant-table copy or map (hypercall)');
    expect(exitReasonName('world-switch')).toBe('World switch');
  });

  test('every reason the engine counts has its own name, and every mechanism a layer in the legend', () => {
    const names = EXIT_REASONS.map(exitReasonName);
    for (const [i, n] of names.entries()) expect(n, EXIT_REASONS[i]).not.toBe(EXIT_REASONS[i]);
    expect(new Set(names).size).toBe(names.length);
    const mechanisms = new Set(EXIT_MECHANISMS.map((m) => m.id));
    for (const r of EXIT_REASONS) expect(mechanisms.has(r.split(':')[0] ?? r), r).toBe(true);
  });

  test('a trap is not called binary translation: Xen takes a paravirtual guest’s faults by trap too', () => {
    expect(exitReasonName('trap:fault-bounce')).toBe('Fault bounced to the guest (trap)');
    const trap = EXIT_MECHANISMS.find((m) => m.id === 'trap');
    expect(trap?.handledBy).toMatch(/binary-translating VMM/);
    expect(trap?.handledBy).toMatch(/Xen takes a paravirtual guest’s faults/);
  });
});
