import { describe, expect, test } from 'vitest';
import { headlessShell, plainText } from '../headless-shell.ts';
import { loadPreset } from '../scenario/presets.ts';

function type(preset: string, console: string, ...commands: string[]): string {
  const scenario = loadPreset(preset);
  if (!scenario) throw new Error(`${preset} preset missing`);
  const r = headlessShell(scenario, { platform: 'container', console, atS: 60, commands });
  if ('error' in r) throw new Error(r.error);
  return plainText(r.output);
}

describe("the Docker host's end of its containers' network", () => {
  test('docker0 holds the containers’ gateway on 172.17.0.0/16, with one veth end per running container', () => {
    const host = type('docker', 'manager', 'docker ps', 'brctl show', 'ifconfig docker0');
    const running = [...host.matchAll(/ Up /g)].length;
    expect(running).toBeGreaterThan(0);
    const bridge = host.split('brctl show\n')[1]?.split('root@')[0]?.trim().split('\n') ?? [];
    expect(bridge[1]).toMatch(/^docker0\t\t8000\.0242[0-9a-f]{8}\tno\t\tveth[0-9a-f]{7}$/);
    expect(bridge.slice(1).map((l) => /veth[0-9a-f]{7}$/.test(l))).toEqual(Array(running).fill(true));
    expect(host).toContain('inet addr:172.17.0.1  Bcast:172.17.255.255  Mask:255.255.0.0');
  });

  test("a container's address is on the bridge's /16, and its MAC is Docker's 02:42 and the address's bytes", () => {
    const web = type('docker', 'web', 'ifconfig eth0');
    expect(web).toMatch(/HWaddr 02:42:AC:11:00:(\w\w) {2}\n {10}inet addr:172\.17\.0\.(\d+) {2}Bcast:172\.17\.255\.255 {2}Mask:255\.255\.0\.0/);
    const [, macByte, lastByte] = /HWaddr 02:42:AC:11:00:(\w\w).*\n.*inet addr:172\.17\.0\.(\d+)/.exec(web) ?? [];
    expect(parseInt(macByte ?? '', 16)).toBe(Number(lastByte));
  });

  test('Virtuozzo routes its containers through venet: no bridge on its host', () => {
    expect(type('virtuozzo', 'manager', 'brctl show')).toMatch(/brctl show\nbridge name\tbridge id\t\tSTP enabled\tinterfaces\nroot@/);
  });
});
