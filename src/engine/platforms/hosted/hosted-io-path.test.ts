import { describe, expect, test } from 'vitest';
import { CPU_GENERATIONS } from '../../calibration/cpu-generations.ts';
import { HOSTED_COSTS } from '../../calibration/mechanism-costs.ts';
import { exitIndex } from '../../metrics/exit-reasons.ts';
import { L } from '../../metrics/layers.ts';
import { firstGuestPaths, firstGuestResult } from '../../memory/test-host.ts';
import { defaultScenario } from '../../scenario/default-scenario.ts';
import type { PlatformKind, Scenario } from '../../scenario/schema.ts';
import type { OpPaths } from '../op-paths.ts';

/** One Linux guest running ttcp to a remote machine, on a 2003 NetBurst host with one core, as Barham et al. measured it. */
function scenario(devices: 'emulated' | 'paravirtual', direction: 'transmit' | 'receive' = 'transmit'): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    host: { ...base.host, cpu: 'netburst-2003', cores: 1, nic: '1g' },
    platforms: { ...base.platforms, hosted: { hostOs: 'linux', technique: 'binary-translation', devices } },
    guests: [{ name: 'ttcp', os: 'linux', vcpus: 1, memoryMiB: 1024, workload: { kind: 'ttcp', direction } }],
  };
}

const paths = (s: Scenario, kind: PlatformKind = 'hosted'): OpPaths => firstGuestPaths(s, kind);

const mbits = (s: Scenario, kind: PlatformKind): number => firstGuestResult(s, kind, 60).throughput.perSecond;

const ioTraps = exitIndex('trap:io-port');
const worldSwitches = exitIndex('world-switch');

describe("a hosted VM's emulated PCnet NIC, priced by direction (Whitaker et al. 2002; Sugerman et al. 2001)", () => {
  const p = paths(scenario('emulated'));

  test("the guest's pcnet32 driver issues 12 programmed I/Os to send a packet and 10 to receive one, each a trap into the monitor", () => {
    expect(p.netSend.exits[ioTraps]).toBe(12);
    expect(p.netReceive.exits[ioTraps]).toBe(10);
  });

  test('a sent packet world-switches to the host once per 3 packets (send combining); a received one never on its own', () => {
    expect(p.netSend.exits[worldSwitches]).toBeCloseTo(2 / 3, 12);
    expect(p.netReceive.exits[worldSwitches]).toBe(0);
    // The receive reaches the guest on the switch the host's interrupt causes.
    expect(p.interrupt.exits[worldSwitches]).toBe(2);
  });

  test('only a send pays the Lance transmit emulation; the host path is 22.7 µs either way (Table 2)', () => {
    const ghz = CPU_GENERATIONS['netburst-2003'].ghz;
    expect(HOSTED_COSTS.hostSendPathCycles).toBe(HOSTED_COSTS.hostReceivePathCycles);
    expect(p.netSend.ns[L.hostKernel]).toBeCloseTo(HOSTED_COSTS.hostSendPathCycles / ghz, 9);
    expect(p.netReceive.ns[L.hostKernel]).toBeCloseTo(HOSTED_COSTS.hostReceivePathCycles / ghz, 9);
    // A send costs a receive plus two more PIOs, the transmit emulation and a third of a world-switch round trip.
    const extra = 2 * p.portAccess.total() + (HOSTED_COSTS.nicTransmitEmulationCycles + (2 / 3) * HOSTED_COSTS.worldSwitchCycles) / ghz;
    expect(p.netSend.total() - p.netReceive.total()).toBeCloseTo(extra, 9);
  });
});

describe('a paravirtual NIC and native hardware price a send and a receive alike', () => {
  test('a paravirtual device notifies once per ring batch in either direction', () => {
    const pv = paths(scenario('paravirtual'));
    expect(pv.netSend.total()).toBeCloseTo(pv.netReceive.total(), 9);
    expect(pv.netSend.exits[worldSwitches]).toBe(pv.netReceive.exits[worldSwitches]);
    expect(pv.netSend.exits[worldSwitches]).toBe(2 / 4);
  });

  test('native', () => {
    const n = paths(scenario('emulated'), 'native');
    expect(n.netSend.total()).toBe(n.netReceive.total());
  });
});

describe('ttcp -t and -r on the same hosted VM', () => {
  test('with the emulated NIC the receiver moves more data than the sender: it sends only the ACKs', () => {
    const tx = mbits(scenario('emulated', 'transmit'), 'hosted');
    const rx = mbits(scenario('emulated', 'receive'), 'hosted');
    expect(tx).toBeGreaterThan(0);
    expect(rx).toBeGreaterThan(tx * 1.02);
  });

  test('with a paravirtual NIC, and natively, the two directions cost the same', () => {
    const pvTx = mbits(scenario('paravirtual', 'transmit'), 'hosted');
    const pvRx = mbits(scenario('paravirtual', 'receive'), 'hosted');
    expect(pvTx).toBeGreaterThan(0);
    expect(pvRx).toBeCloseTo(pvTx, 0);
    expect(mbits(scenario('emulated', 'receive'), 'native')).toBeCloseTo(mbits(scenario('emulated', 'transmit'), 'native'), 0);
  });
});
