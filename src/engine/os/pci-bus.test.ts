import { describe, expect, test } from 'vitest';
import type { PlatformKind } from '../scenario/schema.ts';
import { typedInto } from '../preset-console.fixture.ts';

function lspci(preset: string, platform: PlatformKind, console: string): string[] {
  return (typedInto(preset, { platform, console, atS: 150 }, ['lspci']).split('# lspci\n')[1] ?? '').split('\n').filter((l) => /^[0-9a-f]{2}:[0-9a-f]{2}\.\d /.test(l));
}

describe('what lspci shows of the hardware under a guest', () => {
  test('a VM lists the chipset and devices its product emulates: an emulated NIC, or a paravirtual one', () => {
    const emulated = lspci('classroom-default', 'hosted', 'web1');
    expect(emulated).toContain('00:02.0 VGA compatible controller: InnoTek Systemberatung GmbH VirtualBox Graphics Adapter');
    expect(emulated.some((l) => l.includes('79c970 [PCnet32 LANCE]'))).toBe(true);
    expect(lspci('virtualbox', 'hosted', 'web').some((l) => l.includes('Virtio network device'))).toBe(true);
    expect(lspci('esx-server', 'bare-metal', 'lin-web')).toContain('00:0f.0 VGA compatible controller: VMware SVGA II Adapter');
    expect(lspci('virtual-server-2005', 'hosted', 'lamp1').some((l) => l.includes('DECchip 21140'))).toBe(true);
  });

  test('a paravirtual Xen guest has no PCI bus; an HVM one has the Xen platform device its PV drivers bind', () => {
    expect(lspci('xen', 'bare-metal', 'web')).toEqual([]);
    expect(lspci('classroom-default', 'bare-metal', 'web1')).toContain('00:03.0 Unassigned class [ff80]: XenSource, Inc. Xen Platform Device (rev 01)');
  });

  test("a container has no virtual hardware: Docker's reads the host's own devices; an OpenVZ container's sysfs shows none", () => {
    const host = lspci('docker', 'container', 'manager');
    expect(host.length).toBeGreaterThan(0);
    expect(lspci('docker', 'container', 'web')).toEqual(host);
    expect(lspci('docker', 'native', 'web')).toEqual(host);
    expect(lspci('virtuozzo', 'container', 'site1')).toEqual([]);
  });
});
