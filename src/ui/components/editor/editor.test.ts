import { describe, expect, it } from 'vitest';
import { loadPreset, parseScenario, type Scenario } from '../../../engine/index.ts';
import { addGuest, chooseProduct, removeGuest, setGuest, setHost, setPlatformOption, shownProduct } from './draft-edits.ts';
import { previewKey, previewPlatform } from './platform-warnings.ts';
import { CPU_CHOICES, PLATFORM_OPTIONS, productChoices } from './scenario-options.ts';

const preset = (): Scenario => {
  const s = loadPreset('classroom-default');
  if (!s) throw new Error('no preset');
  return s;
};

describe('draft edits', () => {
  it('adds a guest under a fresh name and removes one', () => {
    const d = addGuest(preset());
    expect(d.guests).toHaveLength(4);
    expect(d.guests[3]?.name).toBe('guest4');
    expect(parseScenario(d).ok).toBe(true);
    expect(removeGuest(d, 0).guests.map((g) => g.name)).toEqual(['build1', 'win1', 'guest4']);
  });

  it('lets an invalid value through for the engine to explain', () => {
    const r = parseScenario(setGuest(preset(), 1, { memoryMiB: Number.NaN }));
    expect(r.ok ? [] : r.errors.map((e) => e.split(':')[0])).toContain('guests[1].memoryMiB');
  });

  it('configures a platform as a product and drops the name when an option changes', () => {
    const d = chooseProduct(preset(), 'bare-metal', 'esx-server');
    expect(d.platforms['bare-metal']).toMatchObject({ product: 'esx-server', style: 'esx', guestMode: 'binary-translation' });
    const e = setPlatformOption(d, 'bare-metal', 'devices', '');
    expect(e.platforms['bare-metal'].product).toBeUndefined();
    expect('devices' in e.platforms['bare-metal']).toBe(false);
    expect(parseScenario(e).ok).toBe(true);
  });

  it("shows the product a platform stands for as its column names it, named or described by its options", () => {
    // QA: classroom-default's columns read VirtualBox, Xen and Docker, and the editor "Custom (options below)".
    const d = preset();
    expect((['hosted', 'bare-metal', 'container'] as const).map((k) => shownProduct(d, k))).toEqual(['virtualbox', 'xen', 'docker']);
    expect(shownProduct(setPlatformOption(d, 'hosted', 'technique', 'binary-translation'), 'hosted')).toBe('gsx-server');
    expect(shownProduct(chooseProduct(d, 'bare-metal', 'esx-server'), 'bare-metal')).toBe('esx-server');
  });
});

describe('platform previews', () => {
  it('warns when the CPU cannot do what a platform asks, in the engine\'s words', () => {
    const old = setHost(preset(), 'cpu', 'netburst-2003');
    expect(previewPlatform(old, 'hosted').refusal).toMatch(/VT-x/);
    const container = previewPlatform(old, 'container');
    expect(container.refusal).toBeNull();
    expect(container.refusedGuests[2]).toMatch(/kernel/);
  });

  it('are keyed by what they depend on: renaming a guest needs no new preview, its memory does', () => {
    const s = preset();
    expect(previewKey(setGuest(s, 2, { name: 'windows-box' }))).toBe(previewKey(s));
    expect(previewKey(setGuest(s, 2, { memoryMiB: 2048 }))).not.toBe(previewKey(s));
  });
});

describe('choices', () => {
  it('come from the schema and the catalogues', () => {
    expect(CPU_CHOICES.map((c) => c.value)).toContain('netburst-2003');
    expect(PLATFORM_OPTIONS.hosted.find((o) => o.key === 'paging')?.optional).toBe(true);
    expect(productChoices('container').map((c) => c.value)).toEqual(['solaris-containers', 'virtuozzo', 'docker']);
  });
});
