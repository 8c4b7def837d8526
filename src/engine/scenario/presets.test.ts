import { describe, expect, test } from 'vitest';
import { PRODUCTS, productFor } from '../consoles/products.ts';
import { runScenario } from '../run/run-scenario.ts';
import { parseScenario } from './parse-scenario.ts';
import { loadPreset, PRESET_NAMES } from './presets.ts';
import { PLATFORM_KINDS } from './schema.ts';

describe('the presets', () => {
  test.each(PRESET_NAMES.map((n) => [n]))('%s parses and runs 5 virtual seconds; no platform is refused unless its description says why', (name) => {
    const s = loadPreset(name);
    if (s === undefined) throw new Error(`no preset ${name}`);
    expect(parseScenario(JSON.parse(JSON.stringify(s))).ok).toBe(true);
    expect(s.name).toBe(name);
    expect(s.description?.length ?? 0).toBeGreaterThan(0);
    const r = runScenario(s, 5);
    for (const kind of PLATFORM_KINDS) {
      const refusal = r.platforms[kind].refusal;
      if (refusal !== undefined) expect(s.description, `${name}: ${kind} is refused (${refusal})`).toMatch(new RegExp(`${kind}.*refus|refus.*${kind}`, 'i'));
    }
    if (PRODUCTS.some((p) => p.id === name)) {
      // A product preset says so when its containers refuse a guest, and its VMs refuse none.
      if (r.platforms.container.guests.some((g) => g.state === 'refused')) expect(s.description).toMatch(/containers .*refuse/);
      for (const kind of ['hosted', 'bare-metal'] as const) expect(r.platforms[kind].guests.filter((g) => g.state === 'refused'), `${name} ${kind}`).toEqual([]);
    }
    // hosting-server's 300 guests take seconds on a busy machine.
  }, 30_000);

  test.each(PRODUCTS.map((p) => [p.id, p.platform] as const))('the %s preset configures its %s platform as that product', (id, platform) => {
    const s = loadPreset(id);
    expect(s).toBeDefined();
    if (s !== undefined) expect(productFor(platform, s)?.id).toBe(id);
  });

  // What a description may call each product (`… -style` is a likeness, not the product).
  const CALLED: Record<string, string> = {
    'virtual-server-2005': 'Virtual Server',
    'gsx-server': 'GSX Server',
    virtualbox: 'VirtualBox',
    xen: 'Xen',
    'esx-server': 'ESX Server',
    kvm: 'KVM',
    'solaris-containers': 'Solaris 10 Containers',
    virtuozzo: 'Virtuozzo|OpenVZ',
    docker: 'Docker',
  };

  test.each(PRESET_NAMES.map((n) => [n]))('%s: its description (what `cli presets` prints) names only the products its columns run', (name) => {
    const s = loadPreset(name);
    const text = s?.description ?? '';
    for (const p of PRODUCTS) {
      const called = CALLED[p.id];
      expect(called, p.id).toBeDefined();
      if (s && new RegExp(`\\b(${called})\\b(?![-\\w]*-style)`).test(text)) expect(productFor(p.platform, s)?.id, `${name} names ${p.id}`).toBe(p.id);
    }
  });

  test.each(PRESET_NAMES.map((n) => [n]))('%s: its description quotes no results (the gallery quotes them, rendered from the engine: npm run gallery)', (name) => {
    expect(loadPreset(name)?.description).not.toMatch(/virtual seconds?\b/);
  });

  test('the product presets run on the CPU of their era', () => {
    for (const p of PRODUCTS) expect(loadPreset(p.id)?.host.cpu, p.id).toBe(p.typicalCpu);
  });
});
