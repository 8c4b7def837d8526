import { describe, expect, test } from 'vitest';
import { drive, fakeContext, fakeMachine, runDone, runRunning } from './fake-machine.ts';
import { LINUX_COMMANDS } from './linux-commands.ts';

function setup() {
  const m = fakeMachine('linux');
  const ctx = fakeContext(m, LINUX_COMMANDS);
  return { m, ctx, run: (line: string) => runDone(ctx, LINUX_COMMANDS, line) };
}

describe('ip addr and ifconfig', () => {
  test('ip addr lists machine.interfaces() with prefix and broadcast', () => {
    const { m, run } = setup();
    m.nics = [{ name: 'eth0', ipv4: '192.168.1.23', prefix: 16, mac: 'aa:bb:cc:00:11:22' }];
    const out = run('ip addr').output;
    expect(out).toContain('1: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP>');
    expect(out).toContain('link/ether aa:bb:cc:00:11:22 brd ff:ff:ff:ff:ff:ff');
    expect(out).toContain('inet 192.168.1.23/16 brd 192.168.255.255 scope global eth0');
    expect(run('ip a').output).toBe(out);
    expect(run('ip neigh').status).toBe(255);
  });

  test('ip route and route list each address\u2019s network and the default route through the interface\u2019s gateway', () => {
    const { m, run } = setup();
    m.nics = [
      { name: 'lo', ipv4: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
      { name: 'eth0', ipv4: '172.17.0.3', prefix: 16, mac: '02:42:ac:11:00:03', gateway: '172.17.0.1' },
      { name: 'peth0', ipv4: '', prefix: 0, mac: 'fe:ff:ff:ff:ff:ff', bridge: 'xenbr0' },
    ];
    expect(run('ip route').output).toBe('172.17.0.0/16 dev eth0  proto kernel  scope link  src 172.17.0.3 \ndefault via 172.17.0.1 dev eth0 \n');
    expect(run('route -n').output.split('\n').slice(1, 4)).toEqual([
      'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface',
      '172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0',
      '0.0.0.0         172.17.0.1      0.0.0.0         UG    0      0        0 eth0',
    ]);
    expect(run('route').output).toMatch(/^172\.17\.0\.0 {6}\* {15}255\.255\.0\.0 .*\ndefault {9}172\.17\.0\.1 /m);
    // ip link: the interfaces without their addresses; a bridge port says which bridge.
    const link = run('ip link').output;
    expect(link).not.toContain('inet ');
    expect(link).toContain('3: peth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast master xenbr0 qlen 1000');
  });

  test('ifconfig shows address, mask and MAC', () => {
    const { run } = setup();
    const out = run('ifconfig').output;
    expect(out).toContain('eth0      Link encap:Ethernet  HWaddr 00:0C:29:4A:1B:2C');
    expect(out).toContain('inet addr:10.0.0.5  Bcast:10.0.0.255  Mask:255.255.255.0');
    expect(out).toContain('lo        Link encap:Local Loopback');
    expect(run('ifconfig eth9').status).toBe(1);
  });
});

describe('ping', () => {
  test('one reply per virtual second with machine.pingRttNs, then statistics', () => {
    const { m, ctx } = setup();
    const start = m.nowNs;
    const run = runRunning(ctx, LINUX_COMMANDS, 'ping -c 3 10.0.0.9');
    const first = run.advance(start);
    expect(first.output).toBe('PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.\n');
    expect(run.nextWakeNs()).toBe(start + 1_500_000);
    m.rtt.set('10.0.0.9', 12_345_678);
    const result = drive(m, run);
    expect(result.done).toBe(true);
    expect(result.status).toBe(0);
    expect(result.output).toContain('64 bytes from 10.0.0.9: icmp_seq=1 ttl=64 time=1.50 ms\n');
    expect(result.output).toContain('icmp_seq=2 ttl=64 time=12.3 ms\n');
    expect(result.output).toContain('3 packets transmitted, 3 received, 0% packet loss, time 2012ms\n');
    expect(result.output).toContain('rtt min/avg/max/mdev = 1.500/8.730/12.346/5.113 ms\n');
    expect(m.nowNs).toBe(start + 2e9 + 12_345_678);
  });

  test('defaults to 4 requests', () => {
    const { m, ctx } = setup();
    const result = drive(m, runRunning(ctx, LINUX_COMMANDS, 'ping db1'));
    expect(result.output.match(/icmp_seq=/g)).toHaveLength(4);
    expect(result.output).toContain('4 packets transmitted, 4 received');
  });

  test('Ctrl-C prints the statistics so far', () => {
    const { m, ctx } = setup();
    const run = runRunning(ctx, LINUX_COMMANDS, 'ping db1');
    run.advance(m.nowNs);
    run.advance(m.nowNs + 1e9 + 250_000);
    const summary = run.interrupt();
    expect(summary).toContain('--- db1 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1000ms\n');
    expect(run.nextWakeNs()).toBeNull();
  });

  test('an unreachable address loses every packet and fails', () => {
    const { m, ctx } = setup();
    const result = drive(m, runRunning(ctx, LINUX_COMMANDS, 'ping -c 2 10.9.9.9'));
    expect(result.output).toContain('2 packets transmitted, 0 received, 100% packet loss');
    expect(result.status).toBe(1);
  });

  test('an unknown name, a missing host and a bad count fail at once', () => {
    const { run } = setup();
    expect(run('ping nosuchhost')).toEqual({ kind: 'done', output: 'ping: nosuchhost: Name or service not known\n', status: 2 });
    expect(run('ping').status).toBe(2);
    expect(run('ping -c zero db1').output).toBe('ping: bad number of packets to transmit.\n');
  });
});
