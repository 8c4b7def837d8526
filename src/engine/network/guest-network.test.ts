import { describe, expect, test } from 'vitest';
import { exitIndex } from '../metrics/exit-reasons.ts';
import { L } from '../metrics/layers.ts';
import { PlatformEngine } from '../platform-engine.ts';
import { collectResults } from '../run/collect-results.ts';
import { createPlatformSimulation } from '../run/run-scenario.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';
import { guestPacket, guestRoundTripNs } from './guest-packet.ts';
import { linuxGuest, scenarioWith, typeInto } from './two-guests.fixture.ts';

const idlePair = scenarioWith([linuxGuest('a'), linuxGuest('b')]);

function simAt(s: Scenario, kind: PlatformKind, seconds = 30) {
  const sim = createPlatformSimulation(s, kind);
  sim.advanceTo(seconds * 1e9);
  return sim;
}

function packet(s: Scenario, kind: PlatformKind) {
  const p = guestPacket(simAt(s, kind), 0, 1, 84);
  if (!p) throw new Error('no packet');
  return p;
}

describe('the layers a guest-to-guest packet crosses', () => {
  test('native: two machines — both kernels, a wire, no exits', () => {
    const p = packet(idlePair, 'native');
    expect(p.via.kind).toBe('physical-switch');
    expect(p.path.ns[L.guestKernel]).toBeGreaterThan(0);
    expect(p.path.total()).toBe(p.path.ns[L.guestKernel]);
    expect(p.wireNs).toBeGreaterThan(0);
    expect(p.path.exits.every((x) => x === 0)).toBe(true);
  });

  // Which switch, which layers do work, which exits happen and which never do, per platform.
  const virtualized = [
    { kind: 'hosted', via: 'host-bridge', layers: [L.vmm, L.hostKernel], exits: ['world-switch', 'trap:io-port'], never: ['hypercall:event-channel'] },
    { kind: 'bare-metal', via: 'dom0-bridge', layers: [L.driverDomain, L.hypervisor], exits: ['hypercall:event-channel', 'hypercall:grant-op'], never: ['world-switch'] },
  ] as const;
  test.each(virtualized)('$kind: through $via, no wire', ({ kind, via, layers, exits, never }) => {
    const p = packet(idlePair, kind);
    expect(p.via.kind).toBe(via);
    for (const l of layers) expect(p.path.ns[l]).toBeGreaterThan(0);
    for (const r of exits) expect(p.path.exits[exitIndex(r)]).toBeGreaterThan(0);
    for (const r of never) expect(p.path.exits[exitIndex(r)]).toBe(0);
    expect(p.wireNs).toBe(0);
  });

  test('ESX: the vmkernel’s virtual switch, no driver domain', () => {
    const esx = scenarioWith([linuxGuest('a'), linuxGuest('b')], { 'bare-metal': { style: 'esx', guestMode: 'binary-translation', paging: 'shadow' } });
    const p = packet(esx, 'bare-metal');
    expect(p.via.kind).toBe('vswitch');
    expect(p.path.ns[L.hypervisor]).toBeGreaterThan(0);
    expect(p.path.ns[L.driverDomain]).toBe(0);
  });

  test('containers: one shared kernel, no exits; NAT costs more than a bridge, host networking less', () => {
    const on = (network: 'host' | 'bridge' | 'nat') =>
      packet(scenarioWith([linuxGuest('a'), linuxGuest('b')], { container: { hostOs: 'linux', network, storage: 'bind' } }), 'container');
    const bridge = on('bridge');
    expect(bridge.via.kind).toBe('veth-bridge');
    expect(bridge.path.total()).toBe(bridge.path.ns[L.sharedKernel]);
    expect(bridge.path.exits.every((x) => x === 0)).toBe(true);
    expect(on('nat').cpuNs).toBeGreaterThan(bridge.cpuNs);
    expect(on('host').cpuNs).toBeLessThan(bridge.cpuNs);
    expect(on('host').via.kind).toBe('loopback');
  });
});

describe('ping round trips emerge from the paths', () => {
  const rtt = (kind: PlatformKind, s = idlePair) => guestRoundTripNs(simAt(s, kind), 0, 1, 84) as number;

  test('on an idle host: containers < Xen’s dom0 path < hosted world switches', () => {
    expect(rtt('container')).toBeLessThan(rtt('bare-metal'));
    expect(rtt('bare-metal')).toBeLessThan(rtt('hosted'));
  });

  test('a busy host makes a packet wait for cores, most where dom0 or a VMM process must also run', () => {
    const busy = scenarioWith([linuxGuest('a'), linuxGuest('b'), ...['c', 'd', 'e', 'f'].map((n) => linuxGuest(n, 'cpu-int'))]);
    const queue = (kind: PlatformKind) => (guestPacket(simAt(busy, kind), 0, 1, 84)?.queueNs ?? 0);
    expect(rtt('container', busy)).toBeGreaterThan(rtt('container'));
    expect(queue('bare-metal')).toBeGreaterThan(queue('container'));
    expect(queue('hosted')).toBeGreaterThan(queue('container'));
  });

  test('a stopped guest does not answer', () => {
    const sim = simAt(idlePair, 'container');
    sim.stopGuest(sim.guests[1]!);
    expect(guestRoundTripNs(sim, 0, 1, 84)).toBeNull();
  });

  test('typed in a guest, ping prints the engine’s round trips; an unknown name fails', () => {
    const engine = new PlatformEngine(idlePair, 'bare-metal');
    const out = typeInto(engine, 'a', 'ping -c 2 b', 30);
    const lines = out.split(/\r?\n/).filter((l) => l.includes('icmp_seq='));
    expect(lines).toHaveLength(2);
    expect(out).toContain('2 packets transmitted, 2 received, 0% packet loss');
    const expected = guestRoundTripNs(engine.sim, 0, 1, 84) as number;
    expect(lines[1]).toContain(`time=${(expected / 1e6).toFixed(3)} ms`);
    expect(typeInto(engine, 'a', 'ping -c 1 nosuch', 40)).toContain('ping: nosuch: Name or service not known');
    // The remote machine that netperf, iperf and ttcp reach answers as the gateway does: one hop beyond the NIC.
    const remote = typeInto(engine, 'a', 'ping -c 1 remote', 50);
    expect(remote).toContain('1 packets transmitted, 1 received');
    expect(remote.split(/\r?\n/).find((l) => l.includes('icmp_seq='))).toBe(typeInto(engine, 'a', 'ping -c 1 gateway', 60).split(/\r?\n/).find((l) => l.includes('icmp_seq='))?.replace('gateway (192.168.1.1)', 'remote (192.168.1.2)'));
    // …and is still netperf's remote machine, not a guest of that name.
    const rr = typeInto(engine, 'a', 'netperf -H remote -t TCP_RR -l 1', 70);
    expect(rr).toContain('TCP REQUEST/RESPONSE TEST');
    expect(rr).not.toContain('could not establish');
    // …by the address ping shows for it too.
    const byAddress = typeInto(engine, 'a', 'netperf -H 192.168.1.2 -t TCP_RR -l 1', 80);
    expect(byAddress).toContain('TCP REQUEST/RESPONSE TEST');
    expect(byAddress).not.toContain('could not establish');
  });
});

describe('netperf between guests', () => {
  function rr(kind: PlatformKind): number {
    const sim = simAt(idlePair, kind);
    const t = sim.startTask(sim.guests[0]!, { command: 'netperf', workload: 'net-rr', workers: 1, maxDurationNs: 2e9, peer: 'b' });
    if (typeof t === 'string') throw new Error(t);
    sim.advanceTo(sim.now + 3e9);
    return t.transactions / ((t.endNs - t.startNs) / 1e9);
  }

  test('TCP_RR transactions/s: containers > Xen > hosted; all CPU, no remote peer', () => {
    const [container, xen, hosted] = [rr('container'), rr('bare-metal'), rr('hosted')];
    expect(container).toBeGreaterThan(xen);
    expect(xen).toBeGreaterThan(hosted);
    expect(hosted).toBeGreaterThan(0);
  });

  test('the sender’s task pays the whole path: dom0’s share shows in its CPU', () => {
    const sim = simAt(idlePair, 'bare-metal');
    const t = sim.startTask(sim.guests[0]!, { command: 'netperf', workload: 'net-rr', workers: 1, maxDurationNs: 1e9, peer: 'b' });
    if (typeof t === 'string') throw new Error(t);
    sim.advanceTo(sim.now + 2e9);
    expect(t.cpuNs[L.driverDomain]).toBeGreaterThan(0);
  });

  test('an unknown or stopped peer is refused with the reason', () => {
    const sim = simAt(idlePair, 'container');
    expect(sim.startTask(sim.guests[0]!, { command: 'netperf', workload: 'net-rr', workers: 1, peer: 'nosuch' })).toBe('nosuch: Name or service not known');
    expect(sim.startTask(sim.guests[0]!, { command: 'netperf', workload: 'net-rr', workers: 1, peer: 'a' })).toMatch(/this guest/);
    sim.stopGuest(sim.guests[1]!);
    expect(sim.startTask(sim.guests[0]!, { command: 'netperf', workload: 'net-rr', workers: 1, peer: 'b' })).toBe('b is not running');
  });

  test('typed in a guest, netperf prints the classic table and the selected latencies', () => {
    const engine = new PlatformEngine(idlePair, 'container');
    const out = typeInto(engine, 'a', 'netperf -H b -t TCP_RR -l 2', 30);
    expect(out).toContain('TCP REQUEST/RESPONSE TEST from 0.0.0.0 (0.0.0.0) port 0 AF_INET to b (b) port 0 AF_INET');
    expect(out).toMatch(/16384 {2}87380 {2}1 {8}1 {7}2\.\d\d +\d+\.\d\d/);
    const stream = typeInto(engine, 'a', 'netperf -H b -t TCP_STREAM -l 2 -- -O THROUGHPUT,THROUGHPUT_UNITS,MEAN_LATENCY', 40);
    expect(stream).toMatch(/Throughput Throughput Units Mean Latency Microseconds/);
    expect(stream).toMatch(/\d+\.\d\d +10\^6bits\/s/);
    expect(typeInto(engine, 'a', 'netperf -H b -t UDP_RR -l 2', 50)).toMatch(/9216 {3}42080 {2}1 {8}1 {7}2\.\d\d +\d+\.\d\d/);
    expect(typeInto(engine, 'a', 'netperf -H b -t SCTP_RR', 60)).toContain('only TCP_RR, UDP_RR, TCP_STREAM');
  });
});

describe('results', () => {
  test('each platform reports its guest-to-guest packet, and runs repeat exactly', () => {
    const one = collectResults(simAt(idlePair, 'hosted'));
    const two = collectResults(simAt(idlePair, 'hosted'));
    expect(one.network?.switch).toBe('host-bridge');
    expect(one.network?.exitsByReason['world-switch']).toBeGreaterThan(0);
    expect(one.network?.cpuUsByLayer['vmm']).toBeGreaterThan(0);
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    const single = collectResults(simAt(scenarioWith([linuxGuest('a')]), 'hosted'));
    expect(single.network).toBeUndefined();
  });
});

describe('a scenario workload with a peer guest', () => {
  const rrTo = (peer: string) => scenarioWith([{ ...linuxGuest('client', 'net-rr'), workload: { kind: 'net-rr', peer } }, linuxGuest('server')]);

  test('net-rr to another guest runs over the virtual network from the start, with its path in the guest’s CPU', () => {
    const throughput = (kind: PlatformKind) => {
      const r = collectResults(simAt(rrTo('server'), kind, 20));
      return r.guests[0]!;
    };
    const container = throughput('container');
    const hosted = throughput('hosted');
    expect(container.throughput.perSecond).toBeGreaterThan(hosted.throughput.perSecond);
    expect(hosted.cpuMsByLayer['host-kernel']).toBeGreaterThan(0);
    expect(hosted.exitsByReason['world-switch']).toBeGreaterThan(0);
    // The same guest sending to a remote machine instead waits for that machine's round trips.
    const remote = collectResults(simAt(scenarioWith([linuxGuest('client', 'net-rr'), linuxGuest('server')]), 'container', 20)).guests[0]!;
    expect(container.throughput.perSecond).toBeGreaterThan(remote.throughput.perSecond);
  });

  test('the scenario checks the peer names another guest', () => {
    const bad = (peer: string) => {
      const r = parseScenario(rrTo(peer));
      return r.ok ? [] : r.errors;
    };
    expect(bad('server')).toEqual([]);
    expect(bad('nosuch').join(' ')).toContain('no guest named "nosuch"');
    expect(bad('client').join(' ')).toContain('not the guest itself');
  });
});
