import { describe, expect, test } from 'vitest';
import { loadPreset } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { containerPlatform } from './container/container-platform.ts';
import { hostedPlatform } from './hosted/hosted-platform.ts';

function preset(name: string): Scenario {
  const s = loadPreset(name);
  if (!s) throw new Error(name);
  return s;
}

describe('the hosted and container columns name their product, as the bare-metal column does', () => {
  test('a scenario that names its products is labelled with them', () => {
    const s = preset('gsx-server');
    const named: Scenario = { ...s, platforms: { ...s.platforms, hosted: { ...s.platforms.hosted, product: 'gsx-server' }, container: { ...s.platforms.container, product: 'virtuozzo' } } };
    expect(hostedPlatform(named).label).toMatch(/^VMware GSX Server 3\.2 on Linux 2\.6: binary translation/);
    expect(containerPlatform(named).label).toMatch(/^SWsoft Virtuozzo 3: containers on one Linux 2\.6 kernel/);
  });

  test('without a product the options name it, as they choose its console', () => {
    expect(hostedPlatform(preset('virtual-server-2005')).label).toMatch(/^Microsoft Virtual Server 2005 R2 on Windows Server 2003:/);
    expect(hostedPlatform(preset('virtualbox')).label).toMatch(/^Oracle VM VirtualBox 4\.3 on Linux 2\.6:/);
    expect(containerPlatform(preset('docker')).label).toMatch(/^Docker: containers on one Linux 4\.4 kernel; nat network, overlay storage$/);
    expect(containerPlatform(preset('solaris-containers')).label).toMatch(/^Solaris 10 Containers \(zones\): containers on one Solaris 10 kernel/);
  });
});
