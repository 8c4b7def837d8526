import { describe, expect, test } from 'vitest';
import presetJson from '../../../public/presets/classroom-default.json' with { type: 'json' };
import { CPU_GENERATION_IDS } from '../hardware/cpu-generation-ids.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { PLATFORM_KINDS, type Scenario } from '../scenario/schema.ts';
import { applyProduct, guestViewFor, hostEra, PRODUCT_IDS, PRODUCTS, productById, productFor, productRefusal } from './products.ts';
import { typedInto } from '../preset-console.fixture.ts';
import { containerPlatform } from '../platforms/container/container-platform.ts';
import { bareMetalPlatform } from '../platforms/bare-metal/bare-metal-platform.ts';

function classroom(): Scenario {
  const r = parseScenario(presetJson);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('the product catalogue', () => {
  test('has every product once, three per architecture', () => {
    expect(PRODUCTS.map((p) => p.id)).toEqual([...PRODUCT_IDS]);
    for (const kind of ['hosted', 'bare-metal', 'container'] as const) expect(PRODUCTS.filter((p) => p.platform === kind)).toHaveLength(3);
    expect(productById('xen')?.label).toBe('Xen 3.0');
    expect(productById('nope')).toBeUndefined();
  });

  test('what guests see: detect-virt names and hypervisor vendors', () => {
    const seen = Object.fromEntries(PRODUCTS.map((p) => [p.id, [p.guestView.detectVirt, p.guestView.hypervisorVendor]]));
    expect(seen).toEqual({
      'virtual-server-2005': ['microsoft', 'Microsoft'],
      'gsx-server': ['vmware', 'VMware'],
      virtualbox: ['oracle', 'innotek GmbH'],
      xen: ['xen', 'Xen'],
      'esx-server': ['vmware', 'VMware'],
      kvm: ['kvm', 'KVM'],
      'solaris-containers': ['zone', null],
      virtuozzo: ['openvz', null],
      docker: ['docker', null],
    });
  });

  test('Virtual Server runs every VM in one service process; GSX and VirtualBox one process per VM', () => {
    expect(productById('virtual-server-2005')?.guestProcess).toEqual({ name: 'vssrvc.exe', perGuest: false });
    expect(productById('gsx-server')?.guestProcess).toEqual({ name: 'vmware-vmx', perGuest: true });
    expect(productById('virtualbox')?.guestProcess).toEqual({ name: 'VBoxHeadless', perGuest: true });
  });
});

describe('productRefusal', () => {
  test('accepts a product on its own platform only', () => {
    for (const p of PRODUCTS)
      for (const kind of PLATFORM_KINDS) expect(productRefusal(p.id, kind) === null, `${p.id} on ${kind}`).toBe(kind === p.platform);
  });

  test('explains what is wrong', () => {
    expect(productRefusal('docker', 'hosted')).toBe('Docker is a container product, not a hosted one; the hosted platform\'s products are virtual-server-2005, gsx-server, virtualbox');
    expect(productRefusal('xen', 'native')).toContain('the native baseline has no product');
    expect(productRefusal('hyper-v', 'hosted')).toMatch(/^unknown product "hyper-v"/);
  });
});

describe('applyProduct and productFor', () => {
  test('every product applied to every CPU generation is inferred back, and still parses', () => {
    for (const cpu of CPU_GENERATION_IDS)
      for (const p of PRODUCTS) {
        const base = classroom();
        const s = applyProduct({ ...base, host: { ...base.host, cpu } }, p.platform, p.id);
        expect(productFor(p.platform, s)?.id, `${p.id} on ${cpu}`).toBe(p.id);
        expect(parseScenario(s).ok).toBe(true);
      }
  });

  test('applying a product changes only its platform', () => {
    const s = classroom();
    const t = applyProduct(s, 'container', 'solaris-containers');
    expect(t.platforms.container).toEqual({ hostOs: 'solaris', network: 'host', storage: 'bind' });
    expect(t.platforms.hosted).toBe(s.platforms.hosted);
    expect(t.guests).toBe(s.guests);
  });

  test('KVM uses nested paging where the CPU has EPT and shadow paging before', () => {
    const s = classroom();
    expect(applyProduct(s, 'bare-metal', 'kvm').platforms['bare-metal'].paging).toBe('nested');
    expect(applyProduct({ ...s, host: { ...s.host, cpu: 'core2-2006' } }, 'bare-metal', 'kvm').platforms['bare-metal'].paging).toBe('shadow');
  });

  test('a refused pair leaves the scenario as it was', () => {
    const s = classroom();
    expect(applyProduct(s, 'hosted', 'docker')).toBe(s);
    expect(applyProduct(s, 'native', 'xen')).toBe(s);
  });

  test('the classroom preset infers VirtualBox, Xen and Docker; native has no product', () => {
    const s = classroom();
    expect(productFor('hosted', s)?.id).toBe('virtualbox');
    expect(productFor('bare-metal', s)?.id).toBe('xen');
    expect(productFor('container', s)?.id).toBe('docker');
    expect(productFor('native', s)).toBeNull();
  });

  test('inference by options', () => {
    const s = classroom();
    const hosted = (o: Scenario['platforms']['hosted']) => productFor('hosted', { ...s, platforms: { ...s.platforms, hosted: o } })?.id;
    expect(hosted({ hostOs: 'windows', technique: 'hardware-assist', devices: 'emulated' })).toBe('virtual-server-2005');
    expect(hosted({ hostOs: 'linux', technique: 'binary-translation', devices: 'emulated' })).toBe('gsx-server');
    const bm = (o: Scenario['platforms']['bare-metal']) => productFor('bare-metal', { ...s, platforms: { ...s.platforms, 'bare-metal': o } })?.id;
    expect(bm({ style: 'esx', guestMode: 'hardware-assist', paging: 'shadow', devices: 'emulated' })).toBe('esx-server');
    expect(bm({ style: 'esx', guestMode: 'hardware-assist', paging: 'shadow', devices: 'paravirtual' })).toBe('kvm');
    const ct = (o: Scenario['platforms']['container']) => productFor('container', { ...s, platforms: { ...s.platforms, container: o } })?.id;
    expect(ct({ hostOs: 'linux', network: 'bridge', storage: 'bind' })).toBe('virtuozzo');
    expect(ct({ hostOs: 'linux', network: 'nat', storage: 'bind' })).toBe('docker');
    expect(ct({ hostOs: 'solaris', network: 'nat', storage: 'overlay' })).toBe('solaris-containers');
  });

  test('a product named in the platform options wins over inference (once the schema carries it)', () => {
    const s = classroom();
    const named = { ...s, platforms: { ...s.platforms, container: { ...s.platforms.container, product: 'virtuozzo' } } } as Scenario;
    expect(productFor('container', named)?.id).toBe('virtuozzo');
    const wrong = { ...s, platforms: { ...s.platforms, container: { ...s.platforms.container, product: 'xen' } } } as Scenario;
    expect(productFor('container', wrong)?.id).toBe('docker');
  });

  test('a Xen HVM guest is fully virtualized, a paravirtual one para', () => {
    const s = classroom();
    expect(guestViewFor('bare-metal', s)?.virtualizationType).toBe('full');
    expect(guestViewFor('bare-metal', applyProduct(s, 'bare-metal', 'xen'))).toEqual({ detectVirt: 'xen', hypervisorVendor: 'Xen', virtualizationType: 'para' });
    expect(guestViewFor('native', s)).toBeNull();
  });
});

describe('the column labels name the product as it runs on its host', () => {
  test('Virtuozzo on a Windows host is not called OpenVZ (its Linux core), and names the Windows kernel', () => {
    const s = classroom();
    const windowsHost: Scenario = { ...s, platforms: { ...s.platforms, container: { hostOs: 'windows', network: 'bridge', storage: 'bind' } } };
    expect(productFor('container', windowsHost)?.id).toBe('virtuozzo');
    expect(containerPlatform(windowsHost).label).toBe('SWsoft Virtuozzo 3: containers on one Windows Server 2003 kernel; bridge network, bind storage');
    expect(containerPlatform(applyProduct(s, 'container', 'virtuozzo')).label).toMatch(/^SWsoft Virtuozzo 3: containers on one Linux 2\.6 kernel;/);
  });

  test("Xen is named by the release its host's era runs, the one its dom0 console prints (Xen 3.0 predates nested paging)", () => {
    const s = classroom();
    expect(s.host.cpu).toBe('nehalem-2009');
    expect(bareMetalPlatform(s).label).toMatch(/^Xen 3\.4: hardware assist \(nested paging\)/);
    expect(typedInto(s, { platform: 'bare-metal', console: 'manager' }, ['xm info'])).toMatch(/xen_major\s+: 3\nxen_minor\s+: 4\n/);
    expect(productFor('bare-metal', { ...s, host: { ...s.host, cpu: 'netburst-2003' } })?.label).toBe('Xen 3.0');
    expect(productFor('bare-metal', { ...s, host: { ...s.host, cpu: 'skylake-2015' } })?.label).toBe('Xen 4.4');
  });
});

describe('hostEra: the Linux a product needs', () => {
  test("Docker's host runs a kernel Docker runs on, whatever the server's year; other products the server's own", () => {
    const s = classroom();
    expect(s.host.cpu).toBe('nehalem-2009');
    expect(hostEra('container', s)).toBe('skylake-2015');
    expect(hostEra('container', applyProduct(s, 'container', 'virtuozzo'))).toBe('nehalem-2009');
    expect(hostEra('hosted', s)).toBe('nehalem-2009');
    expect(hostEra('container', { ...s, host: { ...s.host, cpu: 'skylake-2015' } })).toBe('skylake-2015');
  });

  test('the Docker host and its containers report that kernel, and the column names it', () => {
    const out = typedInto('classroom-default', { platform: 'container', console: 'manager', atS: 30 }, ['uname -r', 'docker info']);
    expect(out).toContain('# uname -r\n4.4.0-21-generic\n');
    expect(out).toContain('\nKernel Version: 4.4.0-21-generic\nOperating System: Ubuntu 16.04 LTS\n');
    expect(typedInto('classroom-default', { platform: 'container', console: 'web1', atS: 30 }, ['uname -r'])).toContain('# uname -r\n4.4.0-21-generic\n');
    expect(containerPlatform(classroom()).label).toMatch(/^Docker: containers on one Linux 4\.4 kernel;/);
  });
});
